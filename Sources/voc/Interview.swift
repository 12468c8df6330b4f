import ArgumentParser
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc interview`: runs one interview, interactively on a terminal or scripted from stdin.
    struct Interview: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run an interview on the terminal, or from answers on stdin (one per line).",
            discussion: """
                When stdin is not a terminal, answers are read one per line: `3` (option number or code), `2,5` \
                (multiple choice), `safety>yield>fees` (ranking), a number or text, `dk`, `refused`, `<` (back), \
                `>ID` (jump), `!` (confirm a warning), free text for why probes and an empty line to end a ladder \
                or keep an answer; matrices, batteries, Kano and MaxDiff take one line per row, need, feature or \
                set (`4`, `4/3`, `F,D`, `best,worst`). A transcript goes to stdout; each `saved` line is written \
                after the answer was committed. An invalid line prints `stdin:LINE: error: ...` and exits with \
                status 1; everything answered before it is kept and `--resume ID` continues.
                """)

        @Argument(help: "The survey file (.xml or .json).")
        var survey: String

        @Option(help: "The store (default: <survey-id>.voc.sqlite beside the survey).")
        var store: String?

        @Option(help: "Interview this respondent (from the sample, or a new id).")
        var respondent: String?

        @Option(help: "Resume the interview with this response id at the step where it stopped.")
        var resume: String?

        @Flag(help: "Take the next pending respondent from the sample (the interviewer's work queue).")
        var next = false

        @Option(help: "The interviewer's name (stored with the response; the work queue is per interviewer).")
        var interviewer: String?

        @Option(help: "The language to interview in (a translation tag of the survey).")
        var lang: String?

        @Option(help: "The randomization seed (default: random; stored with the response).")
        var seed: UInt64?

        @Option(
            help: """
                Run this many interviews in a row from the same input (with --next: the next respondents of the \
                queue; otherwise new respondents). With --seed, interview k uses seed+k.
                """)
        var interviews = 1

        @Option(
            help: """
                With --next: record a non-interview outcome for the respondent instead of interviewing: \
                no-answer, busy, refusal, callback, not-eligible, or an AAPOR code such as 3.13.
                """)
        var outcome: String?

        @Option(help: "With --outcome callback: when to call back (YYYY-MM-DDTHH:MM:SSZ).")
        var callback: String?

        @Option(help: "With --outcome: a note about the contact attempt.")
        var note: String?

        func validate() throws {
            guard interviews >= 1 else { throw ValidationError("--interviews must be at least 1") }
            if interviews > 1 && (resume != nil || respondent != nil) {
                throw ValidationError("--interviews goes with --next or new respondents, not --resume or --respondent")
            }
            let modes = [resume != nil, next, respondent != nil].filter { $0 }.count
            guard modes <= 1 else { throw ValidationError("use only one of --resume, --next and --respondent") }
            if outcome != nil && !next {
                throw ValidationError("--outcome is recorded for the respondent taken with --next")
            }
            if let outcome, ContactOutcomes.disposition(outcome) == nil {
                throw ValidationError("unknown outcome '\(outcome)'; use \(ContactOutcomes.names) or an AAPOR code")
            }
            if callback != nil && outcome != "callback" {
                throw ValidationError("--callback goes with --outcome callback")
            }
            if let callback, Timestamp.parse(callback) == nil {
                throw ValidationError("--callback must look like 2026-05-01T14:30:00Z")
            }
        }

        func run() async throws {
            let surveyValue = try CollectionCLI.loadSurvey(survey)
            if let lang, lang != surveyValue.defaultLanguage, !surveyValue.translations.contains(lang) {
                CollectionCLI.printError("\(survey): error: the survey has no '\(lang)' translation")
                throw ExitCode(1)
            }
            let sqlite = try await CollectionCLI.openStore(store, surveyFile: survey, survey: surveyValue)
            let terminal = StandardTerminal()
            let recorder = StoreInterviewRecorder(store: sqlite, mode: terminal.isInteractive ? "cati" : "script")
            do {
                for index in 0..<interviews {
                    guard
                        var session = try await makeSession(
                            surveyValue, index: index, store: sqlite, recorder: recorder)
                    else { return }
                    terminal.write(
                        "# response \(session.responseID) respondent \(session.engine.respondent.id) "
                            + "seed \(session.engine.seed)\n")
                    let driver: any InterviewDriver =
                        terminal.isInteractive
                        ? Self.interactiveDriver(terminal) : ScriptInterviewDriver(terminal: terminal)
                    if case .suspended(let position) = try await driver.run(&session) {
                        CollectionCLI.printError(
                            "note: interview \(session.responseID) suspended at "
                                + "\(position?.description ?? "the start"); "
                                + "continue with: voc interview \(survey) --resume \(session.responseID)")
                        return
                    }
                }
            } catch let error as ScriptInputError {
                CollectionCLI.printError("\(error)")
                throw ExitCode(1)
            } catch let error as ExitCode {
                throw error
            } catch {
                CollectionCLI.printError(CollectionCLI.message(error))
                throw ExitCode(1)
            }
        }

        /// Starts, resumes or (with --next --outcome) records a non-interview; nil when there is nothing to do.
        private func makeSession(
            _ surveyValue: Survey, index: Int, store: any ResponseStore, recorder: StoreInterviewRecorder
        ) async throws -> InterviewSession? {
            if let resume {
                let definition = try await CollectionCLI.definition(for: resume, store: store, file: surveyValue)
                return try await InterviewSession.resume(
                    survey: definition, responseID: resume, language: lang, recorder: recorder)
            }
            var person = Respondent(id: respondent ?? "r-" + UUID().uuidString.lowercased().prefix(12))
            if let respondent, let known = try await store.respondent(id: respondent) { person = known }
            if next {
                try await recorder.register(surveyValue)
                let name = interviewer ?? ProcessInfo.processInfo.environment["USER"] ?? "interviewer"
                guard
                    let claim = try await store.claimNextRespondent(
                        ClaimRequest(surveyID: surveyValue.id, interviewer: name))
                else {
                    CollectionCLI.printError("note: no pending respondents for survey '\(surveyValue.id)'")
                    return nil
                }
                if let outcome, let code = ContactOutcomes.disposition(outcome) {
                    try await store.recordContactAttempt(
                        ContactAttempt(
                            respondentID: claim.respondent.id, surveyID: surveyValue.id, interviewer: name,
                            disposition: code, callbackAt: callback.flatMap(Timestamp.parse), note: note))
                    print("recorded \(code) for respondent \(claim.respondent.id)")
                    return nil
                }
                if let resumable = claim.resumableResponseID {
                    return try await InterviewSession.resume(
                        survey: surveyValue, responseID: resumable, language: lang, recorder: recorder)
                }
                person = claim.respondent
            }
            var system = SystemRandomNumberGenerator()
            return try await InterviewSession.start(
                survey: surveyValue, respondent: person, seed: seed.map { $0 &+ UInt64(index) } ?? system.next(),
                language: lang,
                interviewer: interviewer, recorder: recorder)
        }
    }
}

/// Named non-interview outcomes for `--outcome`, mapped to AAPOR dispositions.
enum ContactOutcomes {
    static let table: [(String, DispositionCode)] = [
        ("no-answer", DispositionCode("3.13")), ("busy", DispositionCode("3.12")), ("refusal", .refusal),
        ("callback", .callback), ("not-eligible", .notEligible),
    ]

    static var names: String { table.map(\.0).joined(separator: ", ") }

    static func disposition(_ text: String) -> DispositionCode? {
        if let named = table.first(where: { $0.0 == text }) { return named.1 }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), text.first != "0",
            text.first != "1"
        else { return nil }
        return DispositionCode(text)
    }
}
