import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport
import Testing

/// `voc convert IN OUT`: refuses invalid input and existing output; writes by OUT's extension.
@Suite struct ConvertCommandTests {
    @Test func refusesToConvertAnInvalidFileAndWritesNothing() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ValidateCommandTests.invalidSurvey.write(
            to: directory.appendingPathComponent("broken.xml"), atomically: true, encoding: .utf8)
        let result = try PackagePaths.voc(["convert", "broken.xml", "broken.json"], in: directory)
        #expect(result.exitCode == 1, "\(result.transcript)")
        #expect(result.stderr.contains("broken.xml:6:"), "\(result.transcript)")
        #expect(result.stderr.contains("broken.xml is not valid; nothing was written"), "\(result.transcript)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("broken.json").path))
    }

    @Test func refusesToOverwriteUnlessForced() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = PackagePaths.root.appendingPathComponent("Templates/csat.xml").path
        let output = directory.appendingPathComponent("csat.json")
        try "keep me".write(to: output, atomically: true, encoding: .utf8)
        let refused = try PackagePaths.voc(["convert", input, output.path])
        #expect(refused.exitCode == 2, "\(refused.transcript)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "keep me")
        let forced = try PackagePaths.voc(["convert", "--force", input, output.path])
        #expect(forced.exitCode == 0, "\(forced.transcript)")
        #expect(SurveyLoader.load(contentsOf: output.path).survey == SurveyLoader.load(contentsOf: input).survey)
    }

    @Test func keepsAttentionChecksAndConsistencyRulesBothWays() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = PackagePaths.root.appendingPathComponent("Tests/SurveyParserTests/Fixtures/valid/quality.xml").path
        let json = directory.appendingPathComponent("quality.json").path
        let xml = directory.appendingPathComponent("quality.xml").path
        for (from, to) in [(input, json), (json, xml)] {
            let result = try PackagePaths.voc(["convert", from, to])
            #expect(result.exitCode == 0 && result.stderr.isEmpty, "\(result.transcript)")
        }
        let original = try #require(SurveyLoader.load(contentsOf: input).survey)
        #expect(original.consistencyRules.count == 2)
        #expect(original.whatQuestions.compactMap(\.attentionCheck).count == 3)
        #expect(SurveyLoader.load(contentsOf: json).survey == original)
        #expect(SurveyLoader.load(contentsOf: xml).survey == original)
        let jsonText = try String(contentsOfFile: json, encoding: .utf8)
        #expect(jsonText.contains(#""row": "attn","#) && jsonText.contains(#""expect": ["4", "5"]"#))
        let xmlText = try String(contentsOfFile: xml, encoding: .utf8)
        #expect(xmlText.contains(#"<rule id="grid_vs_trust" when="not ({trust} = '3' and {grid.safe} = 1)">"#))
        #expect(xmlText.contains(#"<attention-check row="attn" expect="4 5"/>"#))
    }

    @Test func convertsWarningOnlyFilesAndPrintsTheWarnings() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ValidateCommandTests.warningSurvey.write(
            to: directory.appendingPathComponent("warned.json"), atomically: true, encoding: .utf8)
        let result = try PackagePaths.voc(["convert", "warned.json", "warned.xml"], in: directory)
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(result.stderr.contains("warning:"), "\(result.transcript)")
        let xml = SurveyLoader.load(contentsOf: directory.appendingPathComponent("warned.xml").path)
        #expect(xml.survey?.id == "warned")
    }
}
