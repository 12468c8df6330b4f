import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport
import Testing

/// `voc convert IN OUT`: refuses invalid input and existing output; writes by OUT's extension.
@Suite struct ConvertCommandTests {
    @Test func refusesToConvertAnInvalidFileAndWritesNothing() throws {
        let directory = try VocRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ValidateCommandTests.invalidSurvey.write(
            to: directory.appendingPathComponent("broken.xml"), atomically: true, encoding: .utf8)
        let result = try VocRunner.run(["convert", "broken.xml", "broken.json"], in: directory)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("broken.xml:6:"), "\(result)")
        #expect(result.stderr.contains("broken.xml is not valid; nothing was written"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("broken.json").path))
    }

    @Test func refusesToOverwriteUnlessForced() throws {
        let directory = try VocRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = VocRunner.packageRoot.appendingPathComponent("Templates/csat.xml").path
        let output = directory.appendingPathComponent("csat.json")
        try "keep me".write(to: output, atomically: true, encoding: .utf8)
        let refused = try VocRunner.run(["convert", input, output.path])
        #expect(refused.status == 2, "\(refused)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "keep me")
        let forced = try VocRunner.run(["convert", "--force", input, output.path])
        #expect(forced.status == 0, "\(forced)")
        #expect(SurveyLoader.load(contentsOf: output.path).survey == SurveyLoader.load(contentsOf: input).survey)
    }

    @Test func convertsWarningOnlyFilesAndPrintsTheWarnings() throws {
        let directory = try VocRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ValidateCommandTests.warningSurvey.write(
            to: directory.appendingPathComponent("warned.json"), atomically: true, encoding: .utf8)
        let result = try VocRunner.run(["convert", "warned.json", "warned.xml"], in: directory)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("warning:"), "\(result)")
        let xml = SurveyLoader.load(contentsOf: directory.appendingPathComponent("warned.xml").path)
        #expect(xml.survey?.id == "warned")
    }
}
