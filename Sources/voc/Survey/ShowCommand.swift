import ArgumentParser
import Foundation
import SurveyModel
import SurveyParser

extension VocCommand {
    /// `voc show FILE`: prints an outline of a survey definition.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print an outline: sections, each item with its id, type, WHAT/WHY tag and logic, and totals.",
            discussion: "Exit status: 0 when the outline was printed, 1 when the file has errors, 2 on usage errors."
        )

        @Argument(help: "The survey file (.xml or .json).")
        var file: String

        func validate() throws {
            guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("No such file: \(file)") }
        }

        func run() async throws {
            let document = SurveyLoader.load(contentsOf: file)
            if !document.diagnostics.isEmpty { StandardError.print(document.rendered()) }
            guard !document.hasErrors, let survey = document.survey else { throw ExitCode.failure }
            print(SurveyOutline(survey).render(), terminator: "")
        }
    }
}
