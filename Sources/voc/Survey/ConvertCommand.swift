import ArgumentParser
import Foundation
import SurveyModel
import SurveyParser

extension VocCommand {
    /// `voc convert IN OUT`: rewrites a survey definition as XML or JSON (chosen by OUT's extension).
    struct Convert: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract: "Convert a survey definition between XML and JSON (by the files' extensions).",
            discussion: """
                The input must be valid: an input with errors is not converted, and its diagnostics are printed. \
                Comments in the input are not carried over. OUT is not overwritten unless --force is given. \
                Exit status: 0 converted, 1 invalid input or unwritable output, 2 usage errors.
                """
        )

        @Argument(help: "The survey file to read (.xml or .json).")
        var input: String

        @Argument(help: "The file to write (.xml or .json).")
        var output: String

        @Flag(help: "Overwrite OUT if it exists.")
        var force = false

        func validate() throws {
            guard SurveyFormat(path: input) != nil else {
                throw ValidationError("Cannot tell the format of \(input): use a .xml or .json file.")
            }
            guard SurveyFormat(path: output) != nil else {
                throw ValidationError("Cannot tell the format to write from \(output): name it .xml or .json.")
            }
            guard FileManager.default.fileExists(atPath: input) else { throw ValidationError("No such file: \(input)") }
            if !force, FileManager.default.fileExists(atPath: output) {
                throw ValidationError("\(output) already exists; use --force to overwrite it.")
            }
        }

        func run() async throws {
            let document = SurveyLoader.load(contentsOf: input)
            if !document.diagnostics.isEmpty { StandardError.print(document.rendered()) }
            guard !document.hasErrors, let survey = document.survey, let format = SurveyFormat(path: output)
            else {
                StandardError.print("error: \(input) is not valid; nothing was written.")
                throw ExitCode.failure
            }
            do {
                let text = SurveyFileFormat.text(of: survey, as: format)
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                StandardError.print("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            print("wrote \(output)")
        }
    }
}
