import Foundation
import SurveyCollector
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport
import Testing
import SurveyExport

/// The file driver: CSV and JSON Lines imports, checks, atomicity and idempotence, against a real SQLite store.
@Suite struct ImportTests {
    let directory: URL
    let survey: Survey
    let store: SQLiteStore
    let importer: ResponseImporter

    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        survey = try #require(SurveyLoader.load(text: StoreFixtures.shopXML, path: "shop.xml", format: .xml).survey)
        store = try SQLiteStore(path: directory.appendingPathComponent("shop.voc.sqlite").path)
        importer = ResponseImporter(
            store: store, surveys: try await ImportSurveys.prepare(survey: survey, store: store))
    }

    func csv(_ name: String, _ rows: [String]) throws -> String {
        try StoreFixtures.write(
            ([StoreFixtures.shopHeader] + rows).joined(separator: "\n") + "\n", to: name, in: directory)
    }

    /// Everything stored: responses with answers and flags, and respondents.
    func snapshot() async throws -> ([StoredResponse], [Respondent]) {
        let responses = try await store.responses(ResponseQuery(surveyID: "shop", limit: 100_000))
        let respondents = try await store.respondents(ids: responses.map(\.response.respondentID))
        return (responses, respondents.sorted { $0.id < $1.id })
    }

    @Test func validRowsAreStoredWithTypedAnswers() async throws {
        let report = try await importer.importFile(
            try csv("a.csv", [StoreFixtures.shopRow("r1"), StoreFixtures.shopRow("r2", ["nps": "-1"])]),
            allOrNothing: false)
        #expect(report.diagnostics.isEmpty)
        #expect((report.read, report.stored, report.rejected, report.skipped) == (2, 2, 0, 0))
        let stored = try #require(try await store.response(id: "r1"))
        #expect(stored.response.answers["nps"] == .number(8))
        #expect(stored.response.answers["channel"] == .code("web"))
        #expect(stored.response.answers["features"] == .codes(["pay", "save"]))
        #expect(stored.response.answers["grid"] == .grid(["speed": 5, "price": 3]))
        #expect(stored.response.answers["rank"] == .ranking(["b", "a"]))
        #expect(stored.response.status == .complete)
        #expect(stored.interviewer == "ann")
        #expect(try await store.respondent(id: "p-r1")?.attributes == ["region": "north"])
        #expect(try await store.response(id: "r2")?.response.answers["nps"] == .dontKnow)
    }

    @Test func badCellsAreReportedAtRowAndColumnAndLeaveTheStoreUntouched() async throws {
        _ = try await importer.importFile(try csv("first.csv", [StoreFixtures.shopRow("keep")]), allOrNothing: false)
        let before = try await snapshot()
        let path = try csv(
            "bad.csv",
            [
                StoreFixtures.shopRow("keep", ["sat": "1"]),
                StoreFixtures.shopRow("b1", ["channel": "shop"]),
                StoreFixtures.shopRow("b2", ["sat": "6"]),
                StoreFixtures.shopRow("b3", ["visits": "2.5"]),
                StoreFixtures.shopRow("b4", ["features.pay": "1", "features.nothing": "1"]),
                StoreFixtures.shopRow("b5", ["rank.a": "1", "rank.b": "1"]),
                StoreFixtures.shopRow("b6", ["started_at": "yesterday"]),
            ])
        let report = try await importer.importFile(path, allOrNothing: true)
        let messages = report.diagnostics.map(\.description)
        #expect(
            messages == [
                "\(path):3:13: error: 'channel' has a code that is not an option of the question",
                "\(path):4:17: error: 'sat' is out of range (1–5)",
                "\(path):5:18: error: 'visits' must be a whole number",
                "\(path):6:14: error: 'features' combines an exclusive option with others",
                "\(path):7:21: error: 'rank' ranks must be 1, 2, 3, ... without gaps or ties",
                "\(path):8:6: error: 'started_at' is not a timestamp YYYY-MM-DDTHH:MM:SS.sssZ",
            ])
        #expect((report.read, report.stored, report.rejected) == (7, 0, 7))
        #expect(try await snapshot() == before)
        // Without --all-or-nothing the valid rows are stored and the existing one is left as it was.
        let partial = try await importer.importFile(path, allOrNothing: false)
        #expect((partial.read, partial.stored, partial.rejected, partial.skipped) == (7, 0, 6, 1))
        #expect(try await store.response(id: "keep")?.response.answers["sat"] == .number(4))
    }

    @Test func answersToSkippedQuestionsAreErrors() async throws {
        let path = try csv(
            "skip.csv",
            [
                StoreFixtures.shopRow(
                    "s1", ["channel": "none", "features.pay": "", "features.save": "", "features.nothing": ""]),
                StoreFixtures.shopRow(
                    "s2",
                    [
                        "channel": "none", "features.pay": "", "features.save": "", "features.nothing": "", "sat": "",
                        "visits": "",
                        "grid.speed": "", "grid.price": "", "rank.a": "", "rank.b": "",
                    ]),
                StoreFixtures.shopRow("s3", ["sat": ""]),
            ])
        let report = try await importer.importFile(path, allOrNothing: false)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(path):2:17: error: 'sat' is answered but its condition skips it",
                "\(path):2:18: error: 'visits' is answered but its condition skips it",
                "\(path):2:19: error: 'grid' is answered but its condition skips it",
                "\(path):2:21: error: 'rank' is answered but its condition skips it",
                "\(path):4:17: error: 'sat' is required but not answered",
            ])
        #expect(report.stored == 1)
        #expect(try await store.response(id: "s2")?.response.answers["channel"] == .code("none"))
    }

    @Test func truncatedFileRejectsTheCutRow() async throws {
        _ = try await importer.importFile(try csv("first.csv", [StoreFixtures.shopRow("old")]), allOrNothing: false)
        let before = try await snapshot()
        let full = [StoreFixtures.shopRow("t1"), StoreFixtures.shopRow("t2")].joined(separator: "\n")
        let cut = String(full.prefix(full.count - 25))
        let path = try StoreFixtures.write(StoreFixtures.shopHeader + "\n" + cut, to: "cut.csv", in: directory)
        let atomic = try await importer.importFile(path, allOrNothing: true)
        #expect(atomic.diagnostics.count == 1)
        #expect(atomic.diagnostics.first?.description.hasPrefix("\(path):3:") == true)
        #expect(atomic.diagnostics.first?.description.contains("expected 23 fields") == true)
        #expect(atomic.stored == 0)
        #expect(try await snapshot() == before)
        let lenient = try await importer.importFile(path, allOrNothing: false)
        #expect((lenient.stored, lenient.rejected) == (1, 1))
        #expect(try await store.response(id: "t2") == nil)
    }

    @Test func unknownSurveyVersionIsRejected() async throws {
        let before = try await snapshot()
        let path = try csv("v9.csv", [StoreFixtures.shopRow("u1", ["survey_version": "9.0.0"])])
        let report = try await importer.importFile(path, allOrNothing: false)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(path):2:5: error: survey 'shop' version 9.0.0 is not registered in the store"
            ])
        #expect(try await snapshot() == before)
    }

    @Test func otherRegisteredVersionsAreCheckedWithTheirOwnDefinition() async throws {
        let v2 = try #require(SurveyLoader.load(text: StoreFixtures.shopV2XML, path: "v2.xml", format: .xml).survey)
        _ = try await ImportSurveys.prepare(survey: v2, store: store)
        let surveys = try await ImportSurveys.prepare(survey: survey, store: store)
        let path = try csv("v2.csv", [StoreFixtures.shopRow("w1", ["survey_version": "2.0.0"])])
        let report = try await ResponseImporter(store: store, surveys: surveys).importFile(path, allOrNothing: false)
        #expect(report.stored == 1)
        #expect(try await store.response(id: "w1")?.response.surveyVersion == SemanticVersion(2, 0, 0))
    }

    @Test func reimportingCreatesNoDuplicates() async throws {
        let path = try csv("dup.csv", [StoreFixtures.shopRow("d1"), StoreFixtures.shopRow("d2")])
        _ = try await importer.importFile(path, allOrNothing: false)
        let before = try await snapshot()
        let again = try await importer.importFile(path, allOrNothing: true)
        #expect((again.stored, again.skipped) == (0, 2))
        #expect(try await snapshot() == before)
    }

    @Test func unknownVariableColumnsAreErrors() async throws {
        let path = try StoreFixtures.write(
            "response_id,sat,grid.colour\nz1,4,3\n", to: "cols.csv", in: directory)
        let report = try await importer.importFile(path, allOrNothing: false)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(path):1:3: error: column 'grid.colour' is not a variable of survey 'shop'"
            ])
        #expect(report.stored == 0)
    }

    @Test func exportedCSVWithWhyTableImportsBackUnchanged() async throws {
        _ = try await importer.importFile(
            try csv(
                "src.csv", [StoreFixtures.shopRow("e1"), StoreFixtures.shopRow("e2", ["nps": "3", "visits": ""])]),
            allOrNothing: false)
        try await store.upsertRespondents([
            Respondent(id: "p-e1", attributes: ["region": "north", "tier": "gold, \"vip\""])
        ])
        let first = directory.appendingPathComponent("export1.csv").path
        let exporter = try await ResponseExporter.load(store: store, surveyID: nil, includePartial: false)
        #expect(try await exporter.export(format: .csv, to: first) == 2)
        // Add a why ladder to the export by hand, then import everything into a fresh store.
        try StoreFixtures.write(
            "response_id,respondent_id,probe,question,option,depth,text\ne2,p-e2,why_nps,nps,,1,\"too slow, really\"\n"
                + "e2,p-e2,why_nps,nps,,2,wasted time\n", to: "export1.why.csv", in: directory)
        let second = try SQLiteStore(path: directory.appendingPathComponent("copy.voc.sqlite").path)
        let copyImporter = ResponseImporter(
            store: second, surveys: try await ImportSurveys.prepare(survey: survey, store: second))
        let report = try await copyImporter.importFile(first, allOrNothing: true)
        #expect(report.diagnostics.isEmpty)
        #expect(report.stored == 2)
        #expect(
            try await second.response(id: "e2")?.response.ladder.map(\.text) == ["too slow, really", "wasted time"])
        let again = directory.appendingPathComponent("export2.csv").path
        try await ResponseExporter.load(store: second, surveyID: "shop", includePartial: false).export(
            format: .csv, to: again)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == String(contentsOfFile: first, encoding: .utf8))
        #expect(
            try String(contentsOfFile: directory.appendingPathComponent("export2.why.csv").path, encoding: .utf8)
                == String(contentsOfFile: directory.appendingPathComponent("export1.why.csv").path, encoding: .utf8))
    }

    @Test func jsonLinesRoundTripAndErrors() async throws {
        _ = try await importer.importFile(
            try csv("src.csv", [StoreFixtures.shopRow("j1"), StoreFixtures.shopRow("j2")]), allOrNothing: false)
        let first = directory.appendingPathComponent("out.jsonl").path
        try await ResponseExporter.load(store: store, surveyID: nil, includePartial: true).export(
            format: .jsonl, to: first)
        let second = try SQLiteStore(path: directory.appendingPathComponent("j.voc.sqlite").path)
        let copy = ResponseImporter(
            store: second, surveys: try await ImportSurveys.prepare(survey: survey, store: second))
        #expect(try await copy.importFile(first, allOrNothing: false).stored == 2)
        let again = directory.appendingPathComponent("again.jsonl").path
        try await ResponseExporter.load(store: second, surveyID: nil, includePartial: true).export(
            format: .jsonl, to: again)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == String(contentsOfFile: first, encoding: .utf8))
        let bad = try StoreFixtures.write(
            "{\"response_id\":\"k1\",\"answers\":{\"sat\":{\"kind\":\"number\",\"value\":7}}}\nnot json\n",
            to: "bad.jsonl", in: directory)
        let report = try await copy.importFile(bad, allOrNothing: false)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(bad):1:1: error: 'sat' is out of range (1–5)", "\(bad):2:1: error: the line is not a JSON object",
            ])
    }
}
