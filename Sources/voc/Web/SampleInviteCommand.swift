import ArgumentParser
import Foundation
import SurveyModel
import SurveyStore
import SurveyWeb

extension VocCommand {
    /// `voc sample invite STORE --survey ID --base-url URL [--out links.csv]`: personal web links for the sample.
    struct SampleInvite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite",
            abstract: "Create a personal web link for every respondent in the sample (a CSV for a mail merge).",
            discussion: """
                Each link holds a new 192-bit random token; the store keeps only its SHA-256, so the CSV is the \
                only copy of the links (it is written readable by its owner only). Respondents who already have \
                a link are skipped unless --replace is given, which replaces their links (the old ones stop \
                working; an interview already started continues with the new link).
                """)

        @Argument(help: ArgumentHelp("The store file, or a survey file (its default store).", valueName: "STORE"))
        var target: String

        @Option(help: ArgumentHelp("The survey the links open (default: the survey file's).", valueName: "ID"))
        var survey: String?

        @Option(
            name: .customLong("base-url"),
            help: ArgumentHelp(
                "Where respondents reach `voc serve`, e.g. https://survey.example.com.", valueName: "URL"))
        var baseURL: String

        @Option(help: ArgumentHelp("Write the links here (default: standard output).", valueName: "FILE"))
        var out: String?

        @Flag(help: "Give respondents who already have a link a new one (the old link stops working).")
        var replace = false

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0) }) != true {
                throw ValidationError("--base-url must be an http:// or https:// URL")
            }
        }

        func run() async throws {
            do {
                let (path, fileSurvey) = try storeOptions.resolve(target: target)
                let store = try await storeOptions.open(path, mustExist: fileSurvey == nil)
                if let fileSurvey { try await store.register(fileSurvey) }
                guard let surveyID = survey ?? fileSurvey?.id else {
                    throw CommandFailure("error: give --survey ID (the survey the links open)")
                }
                guard !(try await store.surveyDefinitions(surveyID: surveyID)).isEmpty else {
                    throw CommandFailure(
                        "\(StoreOpener.displayName(path)): error: the store has no survey '\(surveyID)'; give the "
                            + "survey file instead of the store (voc sample invite SURVEY.xml --store STORE ...), "
                            + "which registers it")
                }
                let issued = try await WebInvitations.issue(
                    surveyID: surveyID, store: store, baseURL: baseURL, replace: replace)
                try WebInvitations.writeCSV(issued, to: out)
                var summary = "created \(issued.links.count) links to '\(surveyID)'"
                if issued.skipped > 0 {
                    summary += "; \(issued.skipped) respondents already had one (--replace gives new ones)"
                }
                if let out { summary += "; wrote \(out)" }
                FileHandle.standardError.write(Data((summary + "\n").utf8))
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
