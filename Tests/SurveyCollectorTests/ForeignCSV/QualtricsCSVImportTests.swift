import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore
import SurveyText
import Testing

/// Qualtrics CSV exports (three header rows: names, question texts, `{"ImportId":...}`), one feature per test,
/// written after Qualtrics' "Export data" and "Recode values" pages.
@Suite struct QualtricsCSVImportTests {
    /// The columns: name and import id (with the time zone of the date columns).
    static let columns: [(name: String, importID: String)] = [
        ("StartDate", #"{""ImportId"":""startDate"",""timeZone"":""Europe/Berlin""}"#),
        ("EndDate", #"{""ImportId"":""endDate"",""timeZone"":""Europe/Berlin""}"#),
        ("Status", #"{""ImportId"":""status""}"#), ("IPAddress", #"{""ImportId"":""ipAddress""}"#),
        ("Progress", #"{""ImportId"":""progress""}"#), ("Duration (in seconds)", #"{""ImportId"":""duration""}"#),
        ("Finished", #"{""ImportId"":""finished""}"#),
        ("RecordedDate", #"{""ImportId"":""recordedDate"",""timeZone"":""Europe/Berlin""}"#),
        ("ResponseId", #"{""ImportId"":""_recordId""}"#), ("UserLanguage", #"{""ImportId"":""userLanguage""}"#),
        ("plan", #"{""ImportId"":""QID1""}"#), ("plan_4_TEXT", #"{""ImportId"":""QID1_4_TEXT""}"#),
        ("features_1", #"{""ImportId"":""QID2_1""}"#), ("features_2", #"{""ImportId"":""QID2_2""}"#),
        ("features_3", #"{""ImportId"":""QID2_3""}"#), ("features_3_TEXT", #"{""ImportId"":""QID2_3_TEXT""}"#),
        ("sat", #"{""ImportId"":""QID3""}"#), ("why_sat", #"{""ImportId"":""QID4_TEXT""}"#),
        ("grid_speed", #"{""ImportId"":""QID5_1""}"#), ("grid_price", #"{""ImportId"":""QID5_2""}"#),
        ("rank_a", #"{""ImportId"":""QID6_1""}"#), ("rank_b", #"{""ImportId"":""QID6_2""}"#),
        ("visits", #"{""ImportId"":""QID7_TEXT""}"#),
        ("timer_Page Submit", #"{""ImportId"":""QID8_PAGE_SUBMIT""}"#), ("region", #"{""ImportId"":""region""}"#),
    ]

    /// A Qualtrics export of `rows`, each a dictionary of the cells it fills.
    static func export(_ rows: [[String: String]]) -> [String] {
        let names = columns.map(\.name)
        func quoted(_ text: String) -> String { "\"" + text + "\"" }
        return [
            names.map(quoted).joined(separator: ","),
            names.map { quoted("Text of \($0)") }.joined(separator: ","),
            columns.map { quoted($0.importID) }.joined(separator: ","),
        ] + rows.map { row in names.map { quoted(row[$0] ?? "") }.joined(separator: ",") }
    }

    static let base = [
        "StartDate": "2026-03-01 10:00:00", "EndDate": "2026-03-01 10:07:30", "Status": "IP Address",
        "IPAddress": "192.0.2.1", "Progress": "100", "Duration (in seconds)": "450", "Finished": "1",
        "RecordedDate": "2026-03-01 10:07:31", "UserLanguage": "EN",
    ]

    static func row(_ id: String, _ cells: [String: String]) -> [String: String] {
        base.merging(cells) { $1 }.merging(["ResponseId": id]) { $1 }
    }

    @Test func recodeValuesAndChoiceTextGiveTheSameCodes() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "values.csv",
            Self.export([
                Self.row("R_1", ["plan": "2", "sat": "5", "grid_speed": "4"]),
                Self.row("R_2", ["plan": "Pro", "sat": "Very happy", "grid_speed": "4"]),
            ]))
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        #expect((report.read, report.stored) == (2, 2))
        for id in ["R_1", "R_2"] {
            let answers = try #require(try await fixture.response(id)).response.answers
            #expect(answers["plan"] == .code("2"))
            #expect(answers["sat"] == .number(5))
            #expect(answers["grid"] == .grid(["speed": 4]))
        }
    }

    @Test func multipleAnswerColumnsAndOtherTexts() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "multiple.csv",
            Self.export([
                Self.row(
                    "R_1",
                    [
                        "plan": "4", "plan_4_TEXT": "Enterprise", "features_1": "1", "features_3": "Something else",
                        "features_3_TEXT": "Audit log", "rank_a": "2", "rank_b": "1",
                    ])
            ]))
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        let response = try #require(try await fixture.response("R_1")).response
        #expect(response.answers["plan"] == .code("4"))
        #expect(response.answers["features"] == .codes(["1", "3"]))
        #expect(response.answers["rank"] == .ranking(["b", "a"]))
        #expect(response.otherTexts == ["plan.4": "Enterprise", "features.3": "Audit log"])
    }

    @Test func timesAreReadInTheExportsTimeZoneAndUnfinishedIsPartial() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "times.csv",
            Self.export([
                Self.row("R_done", ["sat": "3"]),
                Self.row("R_open", ["Finished": "0", "Progress": "40", "sat": "3"]),
                Self.row("R_notime", ["StartDate": "", "EndDate": "", "sat": "3"]),
            ]))
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        let done = try #require(try await fixture.response("R_done"))
        #expect(done.response.status == .complete)
        #expect(done.response.startedAt.map(Timestamp.format) == "2026-03-01T09:00:00.000Z")
        #expect(done.completedAt.map(Timestamp.format) == "2026-03-01T09:07:30.000Z")
        let open = try #require(try await fixture.response("R_open"))
        #expect(open.response.status == .partial)
        #expect(open.completedAt == nil)
        #expect(Timestamp.format(open.response.updatedAt) == "2026-03-01T09:07:30.000Z")
        let noTime = try #require(try await fixture.response("R_notime"))
        #expect(noTime.response.startedAt == nil && noTime.completedAt == nil)
    }

    @Test func whyAnswersAndEmbeddedDataComeAlong() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "why.csv",
            Self.export([Self.row("R_1", ["sat": "2", "why_sat": "Too slow", "region": "north", "visits": "3"])]))
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        let response = try #require(try await fixture.response("R_1")).response
        #expect(response.ladder.map(\.text) == ["Too slow"])
        #expect(response.ladder.first?.probeID == "why_sat")
        #expect(response.answers["visits"] == .number(3))
        #expect(try await fixture.store.respondent(id: "R_1")?.attributes == ["region": "north"])
    }

    @Test func importingAgainChangesNothing() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file("again.csv", Self.export([Self.row("R_1", ["sat": "4"])]))
        _ = try await fixture.importFile(path)
        let again = try await fixture.importFile(path)
        #expect((again.read, again.stored, again.skipped) == (1, 0, 1))
        #expect(try await fixture.count() == 1)
    }
}
