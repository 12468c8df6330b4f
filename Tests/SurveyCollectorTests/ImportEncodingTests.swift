import Foundation
import SurveyCollector
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport
import Testing

/// Imported text must be UTF-8: bytes that are not (FF FE inside a field, a Latin-1 file) are errors at their
/// `file:row:column` (JSON Lines: `file:line:1`), every one reported, and the row is not stored; valid UTF-8
/// (Chinese, emoji, a byte-order mark) is stored as it is.
@Suite struct ImportEncodingTests {
    let directory: URL
    let store: SQLiteStore
    let importer: ResponseImporter

    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-utf8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let survey = try #require(
            SurveyLoader.load(text: StoreFixtures.shopXML, path: "shop.xml", format: .xml).survey)
        store = try SQLiteStore(path: directory.appendingPathComponent("shop.voc.sqlite").path)
        importer = ResponseImporter(
            store: store, surveys: try await ImportSurveys.prepare(survey: survey, store: store))
    }

    /// Writes `bytes` to `name` and returns its path.
    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func storedIDs() async throws -> [String] {
        try await store.responses(ResponseQuery(surveyID: "shop", limit: 100)).map(\.response.id)
    }

    /// A shop row whose cells `cells` (column name → bytes) are raw bytes.
    func row(_ id: String, _ cells: [String: [UInt8]]) -> [UInt8] {
        let marker = "\u{1}"
        let text = StoreFixtures.shopRow(id, cells.mapValues { _ in marker })
        var bytes: [UInt8] = []
        var names = StoreFixtures.shopHeader.split(separator: ",").map(String.init).makeIterator()
        for field in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = names.next() ?? ""
            if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
            bytes += field == marker ? cells[name] ?? [] : Array(field.utf8)
        }
        return bytes + [UInt8(ascii: "\n")]
    }

    @Test func invalidUTF8InACSVIsLocatedAndNothingOfItsRowsIsStored() async throws {
        let newline = [UInt8(ascii: "\n")]
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array(StoreFixtures.shopHeader.utf8) + newline
            + row("u1", ["region": Array("华北 😀".utf8)])
            + row("u2", ["region": Array("no".utf8) + [0xFF, 0xFE] + Array("rth".utf8)])
            + row("u3", ["interviewer": [0x61, 0xE9], "region": [0xFE]])
        let path = try write(bytes, "latin.csv")
        let message = "invalid UTF-8 in the field (the file must be saved as UTF-8)"
        let expected = [
            "\(path):3:11: error: \(message)", "\(path):4:9: error: \(message)", "\(path):4:11: error: \(message)",
        ]
        let atomic = try await importer.importFile(path, allOrNothing: true)
        #expect(atomic.diagnostics.map(\.description) == expected)
        #expect((atomic.read, atomic.stored, atomic.rejected) == (3, 0, 3))
        #expect(try await storedIDs() == [])
        let lenient = try await importer.importFile(path, allOrNothing: false)
        #expect(lenient.diagnostics.map(\.description) == expected)
        #expect((lenient.read, lenient.stored, lenient.rejected) == (3, 1, 2))
        #expect(try await storedIDs() == ["u1"])
        #expect(try await store.respondent(id: "p-u1")?.attributes == ["region": "华北 😀"])
        #expect(try await store.respondent(id: "p-u2") == nil)
    }

    @Test func invalidUTF8InAWhyTableIsLocated() async throws {
        let csv = try StoreFixtures.write(
            StoreFixtures.shopHeader + "\n" + StoreFixtures.shopRow("w1") + "\n", to: "w.csv", in: directory)
        let why = try write(
            Array("response_id,respondent_id,probe,question,option,depth,text\nw1,p-w1,why_nps,nps,,1,".utf8)
                + [0x74, 0x6F, 0x6F, 0x20, 0xE0, 0x80] + [UInt8(ascii: "\n")], "w.why.csv")
        let report = try await importer.importFile(csv, allOrNothing: true)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(why):2:7: error: invalid UTF-8 in the field (the file must be saved as UTF-8)"
            ])
        #expect(try await storedIDs() == [])
    }

    @Test func invalidUTF8InJSONLinesIsLocatedByLine() async throws {
        func line(_ id: String, region: [UInt8]) -> [UInt8] {
            Array(#"{"response_id":"\#(id)","attributes":{"region":""#.utf8) + region
                + Array(
                    #""},"answers":{"nps":{"kind":"number","value":9},"channel":{"kind":"code","value":"none"}}}"#.utf8)
                + [UInt8(ascii: "\n")]
        }
        let path = try write(
            [0xEF, 0xBB, 0xBF] + line("j1", region: Array("东北".utf8)) + line("j2", region: [0x6E, 0xFF, 0xFE])
                + line("j3", region: Array("west 🌍".utf8)) + line("j4", region: [0xC0, 0xAF]), "lines.jsonl")
        let expected = [
            "\(path):2:1: error: invalid UTF-8 on the line (the file must be saved as UTF-8)",
            "\(path):4:1: error: invalid UTF-8 on the line (the file must be saved as UTF-8)",
        ]
        let atomic = try await importer.importFile(path, allOrNothing: true)
        #expect(atomic.diagnostics.map(\.description) == expected)
        #expect((atomic.read, atomic.stored, atomic.rejected) == (4, 0, 4))
        #expect(try await storedIDs() == [])
        let lenient = try await importer.importFile(path, allOrNothing: false)
        #expect(lenient.diagnostics.map(\.description) == expected)
        #expect((lenient.stored, lenient.rejected) == (2, 2))
        #expect(try await storedIDs() == ["j1", "j3"])
        #expect(try await store.respondent(id: "j3")?.attributes == ["region": "west 🌍"])
    }
}
