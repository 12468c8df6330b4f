import Foundation
import SurveyTestSupport
import Testing

/// `voc validate`: exit status 0 valid (warnings allowed), 1 invalid, 2 usage errors; `--json` output.
@Suite struct ValidateCommandTests {
    /// A survey with two errors: an unknown reference in a condition and a question id used twice.
    static let invalidSurvey = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="broken" version="1.0.0" lang="en">
          <title>Broken</title>
          <section id="main">
            <what id="nps" type="nps"><text>How likely are you to recommend us?</text></what>
            <what id="csat" type="rating" when="{npss} &gt;= 9">
              <text>How satisfied are you?</text>
              <scale min="1" max="5"/>
            </what>
            <what id="nps" type="nps"><text>Again?</text></what>
          </section>
        </survey>

        """

    /// A valid survey that only draws a warning: a why probe whose prompt never pipes the answer it probes.
    static let warningSurvey = """
        {
          "id": "warned",
          "version": "1.0.0",
          "title": "Warned",
          "sections": [
            {
              "id": "main",
              "items": [
                {"what": {"id": "nps", "type": "nps", "text": "How likely are you to recommend us?"}},
                {"why": {"id": "why_nps", "about": "nps", "text": "Why?"}}
              ]
            }
          ]
        }

        """

    private func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func invalidFileExitsOneWithCompilerStyleDiagnostics() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try write(Self.invalidSurvey, "broken.xml", in: directory)
        let result = try PackagePaths.voc(["validate", "broken.xml"], in: directory)
        #expect(result.exitCode == 1, "\(result.transcript)")
        #expect(result.stdout == "broken.xml: invalid (2 errors, 0 warnings)\n", "\(result.transcript)")
        #expect(result.stderr.contains("broken.xml:6:"), "\(result.transcript)")
        #expect(result.stderr.contains("broken.xml:10:"), "\(result.transcript)")
        #expect(result.stderr.contains("npss"), "\(result.transcript)")
        #expect(result.stderr.contains("^"), "\(result.transcript)")
        _ = file
    }

    @Test func oneInvalidFileAmongValidOnesStillExitsOne() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = try write(Self.invalidSurvey, "broken.xml", in: directory)
        let good = PackagePaths.root.appendingPathComponent("Templates/nps.xml").path
        let result = try PackagePaths.voc(["validate", good, broken])
        #expect(result.exitCode == 1, "\(result.transcript)")
        #expect(result.stdout.contains("nps.xml: valid"), "\(result.transcript)")
        #expect(result.stdout.contains("broken.xml: invalid"), "\(result.transcript)")
    }

    @Test func warningsArePrintedButTheFileIsValid() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try write(Self.warningSurvey, "warned.json", in: directory)
        let result = try PackagePaths.voc(["validate", "warned.json"], in: directory)
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(result.stderr.contains("warned.json:10:"), "\(result.transcript)")
        #expect(result.stderr.contains(": warning: "), "\(result.transcript)")
        #expect(result.stdout.hasPrefix("warned.json: valid ("), "\(result.transcript)")
    }

    @Test func jsonOutputListsEveryDiagnosticWithItsPosition() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try write(Self.invalidSurvey, "broken.xml", in: directory)
        _ = try write(Self.warningSurvey, "warned.json", in: directory)
        let result = try PackagePaths.voc(["validate", "--json", "broken.xml", "warned.json"], in: directory)
        #expect(result.exitCode == 1, "\(result.transcript)")
        #expect(result.stderr.isEmpty, "\(result.transcript)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let entries = try #require(parsed as? [[String: Any]])
        #expect(entries.count >= 3)
        for entry in entries {
            #expect(Set(entry.keys) == ["file", "line", "column", "severity", "code", "message"])
            #expect(entry["line"] is Int)
            #expect(entry["column"] is Int)
        }
        let errors = entries.filter { $0["severity"] as? String == "error" }
        #expect(errors.map { $0["file"] as? String } == ["broken.xml", "broken.xml"])
        #expect(errors.map { $0["line"] as? Int } == [6, 10])
        let warnings = entries.filter { $0["severity"] as? String == "warning" }
        #expect(warnings.contains { $0["file"] as? String == "warned.json" && $0["line"] as? Int == 10 })
    }

    @Test func hostileXMLAndMalformedJSONAreRejectedWithPositions() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try write(
            """
            <?xml version="1.0"?>
            <!DOCTYPE survey [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <survey xmlns="https://voc.dev/schema/survey/1" id="x" version="1.0.0"><title>&xxe;</title></survey>

            """, "xxe.xml", in: directory)
        let badJSON = "{\"id\": \"x\", \"version\": \"1.0.0\", \"title\": 5,\n \"sections\": []}\n"
        _ = try write(badJSON, "bad.json", in: directory)
        let result = try PackagePaths.voc(["validate", "xxe.xml", "bad.json"], in: directory)
        #expect(result.exitCode == 1, "\(result.transcript)")
        let refusal = "xxe.xml:2:1: error: DOCTYPE declarations are not allowed"
        #expect(result.stderr.contains(refusal), "\(result.transcript)")
        #expect(!result.stderr.contains("root:"), "entity must not be expanded: \(result.transcript)")
        #expect(result.stderr.contains("bad.json:1:42: error: "), "\(result.transcript)")
    }

    @Test func jsonOutputForValidFilesIsAnEmptyArray() throws {
        let file = PackagePaths.root.appendingPathComponent("Surveys/bank-needs.xml").path
        let result = try PackagePaths.voc(["validate", "--json", file])
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(result.stdout == "[]\n")
    }

    @Test(arguments: [
        ["validate"],
        ["validate", "does-not-exist.xml"],
        ["validate", "--no-such-flag", "Surveys/bank-needs.xml"],
        ["show"],
        ["convert", "Surveys/bank-needs.xml"],
        ["convert", "Surveys/bank-needs.xml", "out.yaml"],
        ["schema", "yaml"],
        ["new", "--template", "nps"],
        ["no-such-command"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try PackagePaths.voc(arguments)
        #expect(result.exitCode == 2, "\(arguments): \(result.transcript)")
        #expect(result.stderr.contains("Error: "), "\(result.transcript)")
    }

    @Test func helpExitsZero() throws {
        let result = try PackagePaths.voc(["validate", "--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("USAGE: voc validate"))
    }
}
