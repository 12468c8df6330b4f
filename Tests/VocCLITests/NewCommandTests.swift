import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport
import Testing

/// `voc new --template NAME OUT`: every built-in template produces a valid survey in both syntaxes, and the
/// copies built into the binary equal Templates/*.xml byte for byte.
@Suite struct NewCommandTests {
    static let templates = ["csat", "focus-group", "kano", "maxdiff", "needs-by-segment", "nps"]

    @Test func everyTemplateFileIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: VocRunner.packageRoot.appendingPathComponent("Templates").path)
        #expect(files.filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }.sorted() == Self.templates)
        let result = try VocRunner.run(["new", "--list"])
        #expect(result.status == 0)
        for name in Self.templates { #expect(result.stdout.contains("  \(name) "), "\(result)") }
    }

    @Test(arguments: templates)
    func xmlFromTemplateIsTheTemplateByteForByteAndValidates(_ name: String) throws {
        let directory = try VocRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("\(name).xml")
        let result = try VocRunner.run(["new", "--template", name, output.path])
        #expect(result.status == 0, "\(result)")
        let template = VocRunner.packageRoot.appendingPathComponent("Templates/\(name).xml")
        #expect(
            try Data(contentsOf: output) == Data(contentsOf: template),
            "embedded copy of \(name) is stale: run Scripts/embed-templates.sh")
        let validation = try VocRunner.run(["validate", output.path])
        #expect(validation.status == 0, "\(validation)")
        #expect(validation.stderr.isEmpty, "templates should not draw warnings: \(validation)")
    }

    @Test(arguments: templates)
    func jsonFromTemplateValidatesAndMatchesTheXMLModel(_ name: String) throws {
        let directory = try VocRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("\(name).json")
        let result = try VocRunner.run(["new", "--template", name, output.path])
        #expect(result.status == 0, "\(result)")
        #expect(try VocRunner.run(["validate", output.path]).status == 0)
        let template = VocRunner.packageRoot.appendingPathComponent("Templates/\(name).xml").path
        let expected = SurveyLoader.load(contentsOf: template).survey
        #expect(expected != nil)
        #expect(SurveyLoader.load(contentsOf: output.path).survey == expected)
    }

    @Test func unknownTemplateListsTheTemplates() throws {
        let result = try VocRunner.run(["new", "--template", "nope", "x.xml"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Unknown template 'nope'"), "\(result)")
        for name in Self.templates { #expect(result.stderr.contains("  \(name) "), "\(result)") }
    }

    @Test func refusesToOverwrite() throws {
        let directory = try VocRunner.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("mine.xml")
        try "my work".write(to: output, atomically: true, encoding: .utf8)
        let result = try VocRunner.run(["new", "--template", "nps", output.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("refusing to overwrite"), "\(result)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "my work")
    }
}
