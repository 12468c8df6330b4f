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
            atPath: PackagePaths.root.appendingPathComponent("Templates").path)
        #expect(files.filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }.sorted() == Self.templates)
        let result = try PackagePaths.voc(["new", "--list"])
        #expect(result.exitCode == 0)
        for name in Self.templates { #expect(result.stdout.contains("  \(name) "), "\(result.transcript)") }
    }

    @Test(arguments: templates)
    func xmlFromTemplateIsTheTemplateByteForByteAndValidates(_ name: String) throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("mine-\(name).xml")
        let result = try PackagePaths.voc(["new", "--template", name, output.path])
        #expect(result.exitCode == 0, "\(result.transcript)")
        let template = PackagePaths.root.appendingPathComponent("Templates/\(name).xml")
        // Byte for byte, except for the survey id, which comes from OUT's file name ("mine-<name>").
        let written = try String(contentsOf: output, encoding: .utf8)
        let original = try String(contentsOf: template, encoding: .utf8)
        #expect(written.contains(" id=\"mine-\(name)\" version="), "\(written.prefix(600))")
        #expect(
            written.replacingOccurrences(of: " id=\"mine-\(name)\" ", with: " id=\"\(name)\" ") == original,
            "embedded copy of \(name) is stale: run Scripts/embed-files.sh")
        let validation = try PackagePaths.voc(["validate", output.path])
        #expect(validation.exitCode == 0, "\(validation.transcript)")
        #expect(validation.stderr.isEmpty, "templates should not draw warnings: \(validation.transcript)")
    }

    @Test(arguments: templates)
    func jsonFromTemplateValidatesAndMatchesTheXMLModel(_ name: String) throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("My \(name) 2025.json")
        let result = try PackagePaths.voc(["new", "--template", name, output.path])
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(result.stdout.contains("survey id 'My-\(name)-2025'"), "\(result.transcript)")
        #expect(try PackagePaths.voc(["validate", output.path]).exitCode == 0)
        let template = PackagePaths.root.appendingPathComponent("Templates/\(name).xml").path
        var expected = try #require(SurveyLoader.load(contentsOf: template).survey)
        #expect(expected.id == name)
        expected.id = "My-\(name)-2025"
        #expect(SurveyLoader.load(contentsOf: output.path).survey == expected)
    }

    @Test func twoSurveysFromOneTemplateGetDifferentIDs() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ids: [String] = []
        for file in ["store-nps.xml", "2025 web-nps.json"] {
            let output = directory.appendingPathComponent(file)
            let result = try PackagePaths.voc(["new", "--template", "nps", output.path])
            #expect(result.exitCode == 0, "\(result.transcript)")
            ids.append(try #require(SurveyLoader.load(contentsOf: output.path).survey).id)
        }
        #expect(ids == ["store-nps", "survey-2025-web-nps"])
    }

    @Test func unknownTemplateListsTheTemplates() throws {
        let result = try PackagePaths.voc(["new", "--template", "nope", "x.xml"])
        #expect(result.exitCode == 2, "\(result.transcript)")
        #expect(result.stderr.contains("Unknown template 'nope'"), "\(result.transcript)")
        for name in Self.templates { #expect(result.stderr.contains("  \(name) "), "\(result.transcript)") }
    }

    @Test func refusesToOverwrite() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("mine.xml")
        try "my work".write(to: output, atomically: true, encoding: .utf8)
        let result = try PackagePaths.voc(["new", "--template", "nps", output.path])
        #expect(result.exitCode == 2, "\(result.transcript)")
        #expect(result.stderr.contains("refusing to overwrite"), "\(result.transcript)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "my work")
    }
}
