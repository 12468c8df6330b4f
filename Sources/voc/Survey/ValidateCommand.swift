import ArgumentParser
import Foundation
import SurveyModel
import SurveyParser

extension VocCommand {
    /// `voc validate FILE...`: checks survey definitions like a compiler.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check survey definition files (XML or JSON) and report every problem with its position.",
            discussion: """
                Exit status: 0 when every file is valid (warnings allowed), 1 when any file has an error, \
                2 on usage errors (no file given, a file that does not exist, an unknown option).
                """
        )

        @Argument(help: "Survey files to check (.xml or .json).")
        var files: [String] = []

        @Flag(help: "Print diagnostics as a JSON array (file, line, column, severity, code, message).")
        var json = false

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("Give at least one survey file to validate.") }
            for file in files where !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("No such file: \(file)")
            }
        }

        func run() async throws {
            var entries: [DiagnosticJSONReport.Entry] = []
            var invalid = false
            for file in files {
                let document = SurveyLoader.load(contentsOf: file)
                invalid = invalid || document.hasErrors
                if json {
                    entries += document.diagnostics.map { DiagnosticJSONReport.Entry(file: file, diagnostic: $0) }
                    continue
                }
                if !document.diagnostics.isEmpty { StandardError.print(document.rendered()) }
                print(Validate.summary(of: document, file: file))
            }
            if json { print(DiagnosticJSONReport.render(entries), terminator: "") }
            if invalid { throw ExitCode.failure }
        }

        /// `file: valid (12 what questions, 3 why probes)` or `file: invalid (2 errors, 1 warning)`.
        static func summary(of document: SurveyDocument, file: String) -> String {
            let errors = document.diagnostics.filter { $0.severity == .error }.count
            let warnings = document.diagnostics.filter { $0.severity == .warning }.count
            func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
            if document.hasErrors {
                return "\(file): invalid (\(count(errors, "error")), \(count(warnings, "warning")))"
            }
            var parts: [String] = []
            if let survey = document.survey {
                let totals = SurveyOutline(survey).totals
                parts = [count(totals.whatQuestions, "what question"), count(totals.whyProbes, "why probe")]
            }
            if warnings > 0 { parts.append(count(warnings, "warning")) }
            return "\(file): valid" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
        }
    }
}
