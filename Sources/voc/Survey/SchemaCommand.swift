import ArgumentParser
import SurveyParser

extension VocCommand {
    /// `voc schema xml|json`: prints the schema survey files are validated against.
    struct Schema: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the XML Schema (XSD) or the JSON Schema (2020-12) of survey definition files."
        )

        /// Which schema to print.
        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case xml, json
        }

        @Argument(help: "xml (the XSD) or json (the JSON Schema).")
        var kind: Kind

        func run() async throws {
            let text = kind == .xml ? SurveySchema.xsd : SurveySchema.jsonSchema
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
