import Foundation
import SurveyTestSupport
import Testing

/// `voc schema xml|json` prints the schemas built into the binary.
@Suite struct SchemaCommandTests {
    @Test func printsTheXSD() throws {
        let result = try PackagePaths.voc(["schema", "xml"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains("targetNamespace=\"https://voc.dev/schema/survey/1\""))
        #expect(result.stdout.hasSuffix("</xs:schema>\n"))
    }

    @Test func printsTheJSONSchema() throws {
        let result = try PackagePaths.voc(["schema", "json"])
        #expect(result.exitCode == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((schema["$schema"] as? String)?.contains("2020-12") == true)
    }
}
