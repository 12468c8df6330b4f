import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore
import SurveyText
import Testing

/// LimeSurvey response exports with question codes as headings, one feature per test, written after LimeSurvey's
/// manual ("Export responses": question code headings, answer codes or full answers).
@Suite struct LimeSurveyCSVImportTests {
    static let header =
        "id,submitdate,lastpage,startlanguage,seed,token,startdate,datestamp,ipaddr,plan,plan[other],features[1],"
        + "features[2],features[3],sat,why_sat,grid[speed],grid[price],rank[1],rank[2],visits,joined,interviewtime,"
        + "satTime"

    @Test func answerCodesAndFullAnswers() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "codes.csv",
            [
                Self.header,
                "7,2026-03-01 10:07:30,3,en,12345,,2026-03-01 10:00:00,2026-03-01 10:07:30,,4,Enterprise,Y,,Y,5,"
                    + "Fast,4,2,b,a,12.0000000000,2024-02-01 00:00:00,450.2,12.1",
                "8,2026-03-01 11:07:30,3,en,12346,,2026-03-01 11:00:00,2026-03-01 11:07:30,,Pro,,Yes,Yes,,Very happy,"
                    + ",,,,,,,,",
            ])
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        let first = try #require(try await fixture.response("7"))
        #expect(first.response.answers["plan"] == .code("4"))
        #expect(first.response.otherTexts == ["plan.4": "Enterprise"])
        #expect(first.response.answers["features"] == .codes(["1", "3"]))
        #expect(first.response.answers["grid"] == .grid(["speed": 4, "price": 2]))
        #expect(first.response.answers["rank"] == .ranking(["b", "a"]))
        #expect(first.response.answers["visits"] == .number(12))
        #expect(first.response.answers["joined"] == .date("2024-02-01"))
        #expect(first.response.ladder.map(\.text) == ["Fast"])
        #expect(first.response.startedAt.map(Timestamp.format) == "2026-03-01T10:00:00.000Z")
        #expect(first.completedAt.map(Timestamp.format) == "2026-03-01T10:07:30.000Z")
        let second = try #require(try await fixture.response("8")).response
        #expect(second.answers["plan"] == .code("2"))
        #expect(second.answers["features"] == .codes(["1", "2"]))
        #expect(second.answers["sat"] == .number(5))
    }

    @Test func anEmptySubmitDateIsPartialAndTheAnonymousDateGivesNoTime() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "partial.csv",
            [
                Self.header,
                "1,,2,en,1,,2026-03-01 10:00:00,2026-03-01 10:03:00,,1,,,,,,,,,,,,,,",
                "2,1980-01-01 00:00:00,3,en,2,,1980-01-01 00:00:00,1980-01-01 00:00:00,,2,,,,,,,,,,,,,,",
            ])
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        let partial = try #require(try await fixture.response("1"))
        #expect(partial.response.status == .partial)
        #expect(partial.completedAt == nil)
        #expect(Timestamp.format(partial.response.updatedAt) == "2026-03-01T10:03:00.000Z")
        let anonymous = try #require(try await fixture.response("2"))
        #expect(anonymous.response.status == .complete)
        #expect(anonymous.completedAt == nil && anonymous.response.startedAt == nil)
    }

    @Test func semicolonSeparatedExportAndTheTokenAsRespondent() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "semicolon.csv",
            ["id;submitdate;lastpage;startlanguage;token;plan", "3;2026-03-01 10:07:30;1;en;tok42;1"])
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        #expect(try await fixture.response("3")?.response.respondentID == "tok42")
    }
}
