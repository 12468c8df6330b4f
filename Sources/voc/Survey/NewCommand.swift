import ArgumentParser
import Foundation
import SurveyModel
import SurveyParser

extension VocCommand {
    /// `voc new --template NAME OUT`: starts a survey from a built-in template.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start a survey definition from a template (XML or JSON by OUT's extension).",
            discussion: """
                Templates: \(EmbeddedTemplates.summaries.map(\.name).joined(separator: ", ")). The survey id is \
                taken from OUT's file name (e.g. store-nps-2025.xml gives store-nps-2025; characters outside \
                letters, digits, _, - and . become -). An XML file is otherwise the template verbatim (with its \
                comments); a JSON file is its conversion. OUT is never overwritten. \
                Exit status: 0 written, 1 cannot write, 2 usage errors (unknown template, OUT exists).
                """
        )

        @Option(help: "The template to start from (see --list).")
        var template: String?

        @Flag(help: "List the templates and exit.")
        var list = false

        @Argument(help: "The file to create (.xml or .json).")
        var output: String?

        func validate() throws {
            if list { return }
            guard let template else { throw ValidationError("Choose a template with --template NAME.\n" + New.listing) }
            guard EmbeddedTemplates.texts[template] != nil else {
                throw ValidationError("Unknown template '\(template)'.\n" + New.listing)
            }
            guard let output else { throw ValidationError("Give the file to create, e.g. my-survey.xml.") }
            guard SurveyFormat(path: output) != nil else {
                throw ValidationError("Cannot tell the format to write from \(output): name it .xml or .json.")
            }
            if FileManager.default.fileExists(atPath: output) {
                throw ValidationError("\(output) already exists; refusing to overwrite it.")
            }
        }

        /// The template list, one `  name  summary` line each.
        static var listing: String {
            let width = (EmbeddedTemplates.summaries.map(\.name.count).max() ?? 0) + 2
            let lines = EmbeddedTemplates.summaries.map { entry in
                "  " + entry.name + String(repeating: " ", count: width - entry.name.count) + entry.summary
            }
            return "Templates:\n" + lines.joined(separator: "\n")
        }

        func run() async throws {
            if list {
                print(New.listing)
                return
            }
            guard let template, let text = EmbeddedTemplates.texts[template], let output,
                let format = SurveyFormat(path: output)
            else { throw ExitCode.failure }
            let id = SurveyTemplate.surveyID(forPath: output)
            let contents: String
            do {
                contents = try SurveyTemplate.instantiate(text, name: template, id: id, format: format)
            } catch {
                StandardError.print(error.message)
                throw ExitCode.failure
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(contents.utf8)) else {
                StandardError.print("error: cannot write \(output)")
                throw ExitCode.failure
            }
            print(
                "wrote \(output) from template \(template) with survey id '\(id)'; "
                    + "check it with: voc validate \(output)")
        }
    }
}
