import Foundation
import SurveyCollector
import SurveyExport
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport
import SurveyText
import Testing

/// Times an imported file does not give stay unknown: stored as NULL, read back as nil, exported as empty cells
/// (absent JSON keys) and imported back as unknown again; a `complete` response without `completed_at` is not given
/// one.
@Suite struct ImportTimesTests {
    let directory: URL
    let survey: Survey
    let store: SQLiteStore
    let importer: ResponseImporter

    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-times-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        survey = try #require(SurveyLoader.load(text: StoreFixtures.shopXML, path: "shop.xml", format: .xml).survey)
        store = try SQLiteStore(path: directory.appendingPathComponent("shop.voc.sqlite").path)
        importer = ResponseImporter(
            store: store, surveys: try await ImportSurveys.prepare(survey: survey, store: store))
    }

    func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// A fresh store with the shop survey and its importer.
    func freshImporter(_ name: String) async throws -> (SQLiteStore, ResponseImporter) {
        let other = try SQLiteStore(path: directory.appendingPathComponent(name).path)
        return (
            other,
            ResponseImporter(store: other, surveys: try await ImportSurveys.prepare(survey: survey, store: other))
        )
    }

    @Test func missingTimesStayMissingThroughStoreExportAndImport() async throws {
        let path = try StoreFixtures.write(
            ([
                StoreFixtures.shopHeader,
                StoreFixtures.shopRow("n1", ["started_at": "", "updated_at": "", "completed_at": ""]),
                StoreFixtures.shopRow("n2", ["started_at": "", "updated_at": ""]),
                StoreFixtures.shopRow("n3", ["completed_at": ""]),
            ]).joined(separator: "\n") + "\n", to: "untimed.csv", in: directory)
        let before = Date()
        let report = try await importer.importFile(path, allOrNothing: true)
        let after = Date()
        #expect(report.diagnostics.isEmpty)
        #expect(report.stored == 3)
        let start = try #require(Timestamp.parse("2026-11-20T10:00:00.000Z"))
        let end = try #require(Timestamp.parse("2026-11-20T10:04:30.250Z"))
        let n1 = try #require(try await store.response(id: "n1"))
        #expect(n1.response.status == .complete)
        #expect(n1.response.startedAt == nil)
        #expect(n1.completedAt == nil)
        // No time at all: updated_at is the time of the import, never 1970.
        #expect(n1.response.updatedAt >= before && n1.response.updatedAt <= after)
        let n2 = try #require(try await store.response(id: "n2"))
        #expect(n2.response.startedAt == nil)
        #expect(n2.completedAt == end)
        #expect(n2.response.updatedAt == end)
        let n3 = try #require(try await store.response(id: "n3"))
        #expect(n3.response.startedAt == start)
        #expect(n3.completedAt == nil)
        #expect(n3.response.updatedAt == end)

        let exporter = try await ResponseExporter.load(store: store, surveyID: nil, includePartial: false)
        try await exporter.export(format: .csv, to: directory.appendingPathComponent("out.csv").path)
        let lines = try text("out.csv").split(separator: "\n").map {
            $0.split(separator: ",", maxSplits: 10, omittingEmptySubsequences: false)
        }
        #expect(
            lines.dropFirst().map { $0.prefix(10).joined(separator: ",") } == [
                "n1,p-n1,complete,1.1,1.0.0,,\(Timestamp.format(n1.response.updatedAt)),,ann,cati",
                "n2,p-n2,complete,1.1,1.0.0,,2026-11-20T10:04:30.250Z,2026-11-20T10:04:30.250Z,ann,cati",
                "n3,p-n3,complete,1.1,1.0.0,2026-11-20T10:00:00.000Z,2026-11-20T10:04:30.250Z,,ann,cati",
            ])
        let codebook = try text("out.codebook.json")
        #expect(
            codebook.contains(#""started_at":"when the interview started; empty when the source did not record it""#))
        #expect(codebook.contains(#""completed_at":"when the interview was completed; empty for a response"#))
        try await exporter.export(format: .jsonl, to: directory.appendingPathComponent("out.jsonl").path)
        let objects = try text("out.jsonl").split(separator: "\n")
        #expect(objects.count == 3)
        #expect(!objects[0].contains("started_at") && !objects[0].contains("completed_at"))
        #expect(!objects[1].contains("started_at") && objects[1].contains("completed_at"))
        #expect(objects[2].contains("started_at") && !objects[2].contains("completed_at"))

        // Imported back (CSV and JSON Lines), unknown times are still unknown and the exports are unchanged.
        for format in ["csv", "jsonl"] {
            let (copy, copyImporter) = try await freshImporter("copy-\(format).voc.sqlite")
            let back = try await copyImporter.importFile(
                directory.appendingPathComponent("out.\(format)").path, allOrNothing: true)
            #expect(back.diagnostics.isEmpty)
            #expect(try await copy.response(id: "n1")?.response.startedAt == nil)
            #expect(try await copy.response(id: "n1")?.completedAt == nil)
            let updated = try #require(try await copy.response(id: "n1")?.response.updatedAt)
            #expect(Timestamp.format(updated) == Timestamp.format(n1.response.updatedAt))
            try await ResponseExporter.load(store: copy, surveyID: nil, includePartial: false).export(
                format: .init(rawValue: format) ?? .csv, to: directory.appendingPathComponent("again.\(format)").path)
            #expect(try text("again.\(format)") == text("out.\(format)"))
        }
    }

    /// A file without any time column at all (as another tool writes it) stores no times either.
    @Test func fileWithoutTimeColumnsStoresNoTimes() async throws {
        let times: Set<String> = [ResponseColumns.startedAt, ResponseColumns.updatedAt, ResponseColumns.completedAt]
        func withoutTimes(_ line: String) -> String {
            zip(
                StoreFixtures.shopHeader.split(separator: ","),
                line.split(separator: ",", omittingEmptySubsequences: false)
            )
            .filter { !times.contains(String($0.0)) }.map { String($0.1) }.joined(separator: ",")
        }
        let path = try StoreFixtures.write(
            withoutTimes(StoreFixtures.shopHeader) + "\n" + withoutTimes(StoreFixtures.shopRow("t1")) + "\n",
            to: "plain.csv", in: directory)
        let report = try await importer.importFile(path, allOrNothing: false)
        #expect(report.diagnostics.isEmpty)
        let stored = try #require(try await store.response(id: "t1"))
        #expect(stored.response.startedAt == nil)
        #expect(stored.completedAt == nil)
        #expect(stored.response.updatedAt.timeIntervalSince1970 > 1_700_000_000)
    }
}
