import Foundation
import SurveyExport
import SurveyModel
import SurveyParser
import SurveyTestSupport
import Testing

/// Triple-S 2.0: the definition validates against the schema kept in `Schemas/triple-s-2.0.xsd`, and every field
/// of the data file sits at the positions the definition declares.
@Suite struct TripleSExportTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas/triple-s-2.0.xsd")
    static let exportedAt = Date(timeIntervalSince1970: 1_790_000_000)

    static func export() throws -> (TripleSExport, ExportDataset) {
        let dataset = SPSSWriterTests.dataset(count: 20)
        return (try TripleSExport(dataset: dataset, dataFileName: "study.asc", exportedAt: exportedAt), dataset)
    }

    @Test func definitionMatchesSchema() throws {
        let (export, _) = try Self.export()
        let xsd = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        let diagnostics = XMLSchemaValidator.validate(xml: export.definition, xsd: xsd, xmlName: "study.sss")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(export.definition.contains("<sss version=\"2.0\" languages=\"en\">"))
        #expect(export.definition.contains("<record ident=\"A\" href=\"study.asc\" format=\"fixed\">"))
        #expect(export.definition.contains("<date>2026-09-21</date>"))
        if ProcessInfo.processInfo.environment["PEEK"] != nil {
            print(export.definition)
            print(export.data)
        }
    }

    @Test func schemaRejectsBrokenDefinitions() throws {
        let (export, _) = try Self.export()
        let xsd = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        let wrongType = export.definition.replacingOccurrences(of: "type=\"quantity\"", with: "type=\"number\"")
        let diagnostics = XMLSchemaValidator.validate(xml: wrongType, xsd: xsd, xmlName: "study.sss")
        #expect(diagnostics.contains { $0.code == "xsd-violation" && $0.location?.file == "study.sss" })
        let noPosition = export.definition.replacingOccurrences(of: "start=", with: "begin=")
        #expect(!XMLSchemaValidator.validate(xml: noPosition, xsd: xsd).isEmpty)
        let malformed = XMLSchemaValidator.validate(xml: "<sss version=\"2.0\">", xsd: xsd)
        #expect(malformed.first?.code == "xml-syntax")
    }

    @Test func variableTypesAndValues() throws {
        let (export, _) = try Self.export()
        func variable(_ name: String) -> TripleSVariable? { export.variables.first { $0.name == name } }
        #expect(variable("response_id")?.use == "serial" && variable("response_id")?.kind == .character)
        #expect(variable("weight")?.use == "weight" && variable("weight")?.kind == .quantity)
        #expect(variable("features")?.kind == .multiple && variable("features")?.width == 3)
        #expect(variable("features")?.values.map(\.label) == ["Order tracking", "Wish list", "Other"])
        #expect(variable("member")?.kind == .logical)
        #expect(variable("nps")?.kind == .single)
        #expect(variable("nps")?.range?.from == "-2" && variable("nps")?.range?.to == "10")
        #expect(variable("nps")?.values.last?.label == "Refused")
        #expect(variable("channel")?.kind == .single)
        #expect(variable("channel")?.values.map(\.label) == ["Web shop", "App", "Store"])
        #expect(variable("spend")?.kind == .quantity)
        #expect(variable("why_nps.d1")?.kind == .character)
        // Positions are consecutive and the record is as wide as the last finish.
        var next = 1
        for v in export.variables {
            #expect(v.start == next)
            next = v.finish + 1
        }
        #expect(export.recordWidth == next - 1)
    }

    @Test func dataFieldsSitAtDeclaredPositions() throws {
        let (export, dataset) = try Self.export()
        let lines = export.data.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == dataset.responses.count)
        func field(_ line: Substring, _ name: String) -> String? {
            guard let v = export.variables.first(where: { $0.name == name }) else { return nil }
            let scalars = Array(line.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[(v.start - 1)..<v.finish]))
        }
        for (line, response) in zip(lines, dataset.responses) {
            #expect(line.unicodeScalars.count == export.recordWidth)
            #expect(field(line, "response_id")?.trimmingCharacters(in: .whitespaces) == response.id)
            let nps = field(line, "nps")?.trimmingCharacters(in: .whitespaces)
            switch response.answers["nps"] {
            case .number(let value): #expect(nps == String(Int(value)))
            case .dontKnow: #expect(nps == "-1")
            case .refused: #expect(nps == "-2")
            default: Issue.record("unexpected nps answer")
            }
            if case .codes(let codes) = response.answers["features"] {
                let bits = ["track", "wish", "other"].map { codes.contains($0) ? "1" : "0" }.joined()
                #expect(field(line, "features") == bits)
            }
            if case .code(let channel) = response.answers["channel"] {
                let code = ["web": "1", "app": "2", "store": "3"][channel]
                #expect(field(line, "channel") == code)
            }
            let why = response.ladder.first { $0.probeID == "why_nps" && $0.depth == 1 }?.text ?? ""
            #expect(field(line, "why_nps.d1")?.trimmingCharacters(in: .whitespaces) == why)
            let member = dataset.respondents[response.id]?.attributes["member"] == "true" ? "1" : "0"
            #expect(field(line, "member") == member)
        }
    }

    @Test func writesBothFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = SPSSWriterTests.dataset(count: 5)
        try TripleSExport.write(dataset, definition: folder.file("s.sss"), data: folder.file("s.asc"))
        let data = try String(contentsOf: folder.file("s.asc"), encoding: .utf8)
        #expect(data.split(separator: "\n").count == 5)
        let xml = try String(contentsOf: folder.file("s.sss"), encoding: .utf8)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    }
}
