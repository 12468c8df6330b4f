import ArgumentParser
import Foundation
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc export STORE --format csv|jsonl|json [--out FILE]`: stored responses with a codebook and why answers.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export stored responses as CSV, JSON Lines or JSON, with a codebook and the why answers.",
            discussion: """
                One row per complete response (--include-partial adds in-progress, partial and break-off ones): \
                response_id, respondent_id, status, disposition, survey_version, started_at, updated_at, \
                completed_at, interviewer, mode, the respondent attributes, then the survey's variables in order. \
                With --out FILE.csv (or FILE.jsonl), CSV and JSON Lines also write FILE.codebook.json, and CSV \
                writes the why answers as the long table FILE.why.csv; JSON holds the codebook as a section. Exported CSV and JSON Lines \
                import back unchanged with voc import.
                """)

        @Argument(help: ArgumentHelp("The store file, or a survey file (its default store).", valueName: "STORE"))
        var target: String

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "csv, jsonl or json.")
        var format: String = "csv"

        @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
        var out: String?

        @Option(name: .long, help: "The survey id, when the store holds several surveys.")
        var survey: String?

        @Flag(name: .customLong("include-partial"), help: "Also export in-progress, partial and break-off responses.")
        var includePartial = false

        func validate() throws {
            if ExportFormat(rawValue: format) == nil { throw ValidationError("--format must be csv, jsonl or json") }
            if let out, out.isEmpty { throw ValidationError("--out must not be empty") }
        }

        func run() async throws {
            do {
                let (path, surveyFromFile) = try storeOptions.resolve(target: target)
                let store = try storeOptions.open(path, mustExist: true)
                let exporter = try await ResponseExporter.load(
                    store: store, surveyID: survey ?? surveyFromFile?.id, includePartial: includePartial)
                let count = try await exporter.export(format: ExportFormat(rawValue: format) ?? .csv, to: out)
                if let out { FileHandle.standardError.write(Data("exported \(count) responses to \(out)\n".utf8)) }
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
