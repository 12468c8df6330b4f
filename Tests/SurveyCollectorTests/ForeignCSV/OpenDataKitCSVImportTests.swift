import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore
import SurveyText
import Testing

/// CSV exports of KoboToolbox and ODK Central for a form converted from XLSForm, one feature per test, written
/// after their documentation (KoboToolbox "Exporting data", ODK Central "Submission data": `group/question` or
/// `group-question` columns, multiple choice as codes separated by spaces).
@Suite struct OpenDataKitCSVImportTests {
    @Test func koboExportWithGroupsSpacesAndSplitColumns() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "kobo.csv",
            [
                "start;end;today;s1/plan;s1/plan_other;s1/features;s1/features/1;s1/features/2;s1/features/3;"
                    + "s1/features_other;s1/sat;s1/why_sat;grid/speed;grid/price;s1/rank;s1/visits;s1/joined;"
                    + "meta/instanceID;_id;_uuid;_submission_time;_validation_status;_index",
                "2026-03-01T10:00:00.000+01:00;2026-03-01T10:07:30.000+01:00;2026-03-01;4;Enterprise;1 3;1;0;1;"
                    + "Audit log;2;Too slow;5;3;c a;7;2024-02-01;uuid:0c5e;101;0c5e;2026-03-01T09:08:00;;1",
            ])
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        let stored = try #require(try await fixture.response("0c5e"))
        let response = stored.response
        #expect(response.answers["plan"] == .code("4"))
        #expect(response.answers["features"] == .codes(["1", "3"]))
        #expect(response.otherTexts == ["plan.4": "Enterprise", "features.3": "Audit log"])
        #expect(response.answers["grid"] == .grid(["speed": 5, "price": 3]))
        #expect(response.answers["rank"] == .ranking(["c", "a"]))
        #expect(response.answers["joined"] == .date("2024-02-01"))
        #expect(response.ladder.map(\.text) == ["Too slow"])
        #expect(response.startedAt.map(Timestamp.format) == "2026-03-01T09:00:00.000Z")
        #expect(stored.completedAt.map(Timestamp.format) == "2026-03-01T09:07:30.000Z")
        #expect(Timestamp.format(response.updatedAt) == "2026-03-01T09:08:00.000Z")
    }

    @Test func odkCentralExportWithDashedPathsAndKey() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "central.csv",
            [
                "SubmissionDate,start,end,s1-plan,s1-features,s1-sat,meta-instanceID,KEY,SubmitterID,SubmitterName,"
                    + "AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion",
                "2026-03-01T09:08:00.000Z,2026-03-01T10:00:00.000+01:00,,2,2,4,uuid:77aa,uuid:77aa,5,collector,0,0,"
                    + ",,,0,1",
            ])
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        let stored = try #require(try await fixture.response("77aa"))
        #expect(stored.response.answers["plan"] == .code("2"))
        #expect(stored.response.answers["features"] == .codes(["2"]))
        #expect(stored.response.answers["sat"] == .number(4))
        #expect(stored.completedAt == nil)
    }

    @Test func aMapNamesTheColumnsOfRenamedQuestions() async throws {
        var fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let map = try fixture.file("map.csv", ["variable,column", "how_often,visits", "scribble,"])
        fixture.importer.columnMap = try ImportColumnMap.load(path: map)
        let path = try fixture.file(
            "renamed.csv", ["_uuid,_submission_time,how_often,scribble", "u1,2026-03-01T09:08:00,12,x"])
        let report = try await fixture.importFile(path)
        #expect(report.diagnostics.map(\.description) == [])
        #expect(try await fixture.response("u1")?.response.answers["visits"] == .number(12))
    }
}
