import ArgumentParser
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore
import SurveyText

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
            help: ArgumentHelp(
                "With --next: minutes a claimed respondent stays reserved for this interviewer; after that (e.g. "
                    + "when the interviewer's session died) the respondent is offered to others.",
                valueName: "MINUTES"))
        var lease: Double = 240

        @Option(
            name: .customLong("retry-limit"),
            help: ArgumentHelp(
                "Seconds to keep reconnecting when a server store is unreachable mid-interview before giving up "
                    + "(answers so far are saved either way).", valueName: "SECONDS"))
        var retryLimit: Double = 60

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
            guard retryLimit >= 0, retryLimit.isFinite else {
                throw ValidationError("--retry-limit must be zero or more seconds")
            }
            guard lease > 0, lease.isFinite else {
                throw ValidationError("--lease must be a positive number of minutes")
            }
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
            let retry = StoreOutageRetry(limit: retryLimit) { CollectionCLI.printError("note: " + $0) }
            let recorder = StoreInterviewRecorder(
                store: sqlite, mode: terminal.isInteractive ? "cati" : "script", retry: retry)
            do {
                for index in 0..<interviews {
                    var system = SystemRandomNumberGenerator()
                    let request = InterviewRequest(
                        resume: resume, respondentID: respondent, next: next,
                        interviewer: interviewer,
                        outcome: outcome.flatMap(ContactOutcomes.disposition),
                        callback: callback.flatMap(Timestamp.parse),
                        note: note, language: lang, seed: seed.map { $0 &+ UInt64(index) } ?? system.next(),
                        lease: lease * 60)
                    var session: InterviewSession
                    switch try await InterviewSession.open(
                        request, survey: surveyValue, store: sqlite, recorder: recorder)
                    {
                    case .session(let opened, let note):
                        if let note { CollectionCLI.printError(note) }
                        session = opened
                    case .nothingPending:
                        CollectionCLI.printError("note: no pending respondents for survey '\(surveyValue.id)'")
                        return
                    case .recorded(let code, let respondentID):
                        print("recorded \(code) for respondent \(respondentID)")
                        return
                    }
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
    }
}
