import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyStatistics
import SurveyStore

extension VocCommand {
    /// `voc status STORE`: fieldwork progress: dispositions, AAPOR rates, quotas, interviewers.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show fieldwork progress: cases by disposition, AAPOR RR1–6, COOP1–4, REF1–3, CON1–3, quotas.",
            discussion: """
                One case per respondent: its complete interview if any, else its latest response or contact \
                attempt. An interview of any mode left unchanged for --abandoned-after hours is abandoned: a \
                partial interview (1.2) when it answered at least --partial-share of its on-route questions, else \
                a break-off (2.12) (AAPOR Standard Definitions). Pending cases (not yet attempted or still in \
                progress) are listed but not in the rates. \
                --e is the estimated share of unknown-eligibility cases that are eligible (RR3, RR4, REF2, CON2); \
                by default the proportional (CASRO) estimate from cases of known eligibility.
                """)

        @OptionGroup var study: StoreSurveyOptions

        @Option(
            name: .customLong("e"),
            help: ArgumentHelp("Eligible share of unknown-eligibility cases (0–1).", valueName: "E"))
        var eligibility: Double?

        @Option(
            name: .customLong("abandoned-after"),
            help: ArgumentHelp(
                "Hours without a change after which an unfinished interview is abandoned.", valueName: "HOURS"))
        var abandonedAfter: Double = 24

        @Option(
            name: .customLong("partial-share"),
            help: ArgumentHelp(
                "Least share (0–1) of on-route questions answered that makes an abandoned interview partial.",
                valueName: "SHARE"))
        var partialShare: Double = 0.5

        @Flag(name: .long, help: "Print one JSON document instead of tables.")
        var json = false

        func validate() throws {
            if let eligibility, !(0...1).contains(eligibility) { throw ValidationError("--e must be between 0 and 1") }
            if !abandonedAfter.isFinite || abandonedAfter < 0 {
                throw ValidationError("--abandoned-after must be a number of hours, 0 or more")
            }
            if !(0...1).contains(partialShare) { throw ValidationError("--partial-share must be between 0 and 1") }
        }

        func run() async throws {
            do {
                let (path, surveyID) = try study.resolve()
                let store = try await study.storeOptions.open(path, mustExist: true)
                let status = try await FieldworkStatus.load(
                    store: store, path: path, surveyID: surveyID,
                    abandonment: AbandonmentRule(after: abandonedAfter * 3600, partialShare: partialShare))
                let overall = status.rates(interviewer: nil)
                let e = eligibility ?? overall.proportionalEligibility
                print(json ? StatusPrinter.json(status, e: e) : StatusPrinter.text(status, store: path, e: e))
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
