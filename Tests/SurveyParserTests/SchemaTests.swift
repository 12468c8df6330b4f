import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

@Suite struct SchemaTests {
    static func repositoryFile(_ path: String) throws -> Data {
        try Data(contentsOf: Fixtures.repository.appendingPathComponent(path))
    }

    @Test func embeddedSchemasEqualTheFilesByteForByte() throws {
        #expect(Data(SurveySchema.xsd.utf8) == (try Self.repositoryFile("Schemas/survey.xsd")))
        #expect(Data(SurveySchema.jsonSchema.utf8) == (try Self.repositoryFile("Schemas/survey.schema.json")))
        #expect(Data(CodebookSchema.xsd.utf8) == (try Self.repositoryFile("Schemas/codebook.xsd")))
    }

    @Test func jsonSchemaIsJSONAndMatchesTheSwiftRules() throws {
        let schema = try JSONParser.parse(Array(SurveySchema.jsonSchema.utf8))
        func object(_ value: JSONValue?) -> [JSONMember] {
            if case .object(let members)? = value?.kind { return members }
            return []
        }
        func member(_ members: [JSONMember], _ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        let root = object(schema)
        if case .string(let draft)? = member(root, "$schema")?.kind {
            #expect(draft == "https://json-schema.org/draft/2020-12/schema")
        } else {
            Issue.record("no $schema")
        }
        let definitions = object(member(root, "$defs"))
        /// The property names the schema allows for `definition` (or for the root).
        func properties(_ definition: String?) -> Set<String> {
            let node = definition.map { object(member(definitions, $0)) } ?? root
            return Set(object(member(node, "properties")).map(\.key))
        }
        for (element, definition) in [
            ("survey", nil), ("what", "what"), ("why", "why"), ("note", "note"), ("section", "section"),
            ("option", "option"), ("scale", "scale"), ("check", "check"), ("feature", "feature"),
            ("attention-check", "attention-check"), ("rule", "rule"),
        ] as [(String, String?)] {
            #expect(properties(definition) == Set(JSONShape.all[element]!.keys), "\(element)")
        }
    }

    /// An independent validator (Python's `jsonschema`, Debian's python3-jsonschema) accepts the schema and the
    /// fixtures. Without it the test fails with the package to install; it never passes unchecked.
    @Test func jsonFixturesValidateWithPythonJSONSchema() throws {
        let python = "/usr/bin/python3"
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: python)
        probe.arguments = ["-c", "import jsonschema"]
        probe.standardError = FileHandle.nullDevice
        try #require(
            FileManager.default.isExecutableFile(atPath: python), "\(python) is missing: apt-get install python3")
        try probe.run()
        probe.waitUntilExit()
        try #require(
            probe.terminationStatus == 0,
            "Python's jsonschema is missing: apt-get install python3-jsonschema (or .ci/install-deps)")
        let files = ["valid/complete.json", "valid/quality.json", "fuzz/seed.json", "invalid/warnings-rotate.json"]
            .map { Fixtures.directory.appendingPathComponent($0).path }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in sys.argv[2:]:
                jsonschema.Draft202012Validator(schema).validate(json.load(open(path)))
            print("ok")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments =
            ["-c", script, Fixtures.repository.appendingPathComponent("Schemas/survey.schema.json").path]
            + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0 && text.hasPrefix("ok"), "\(text)")
    }

    @Test(arguments: ["valid/complete.json", "valid/quality.json"])
    func xmlWrittenByTheWriterIsSchemaValid(name: String) throws {
        let survey = try #require(try Fixtures.load(name).survey)
        let document = SurveyLoader.load(text: SurveyWriter.xml(survey), path: "written.xml", format: .xml)
        #expect(document.diagnostics.isEmpty, "\(document.rendered())")
    }
}
