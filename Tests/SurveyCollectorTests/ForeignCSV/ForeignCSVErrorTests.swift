import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore
import Testing

/// Bad input in other tools' exports: every problem at once, located at the export's own row and column, and
/// nothing stored.
@Suite struct ForeignCSVErrorTests {
    @Test func anUnknownQuestionColumnStopsTheFile() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let lines = QualtricsCSVImportTests.export([QualtricsCSVImportTests.row("R_1", ["sat": "4"])])
        let path = try fixture.file(
            "unknown.csv",
            [
                lines[0] + ",\"colour\"", lines[1] + ",\"Colour?\"", lines[2] + #","{""ImportId"":""QID9""}""#,
                lines[3] + ",\"red\"",
            ])
        let report = try await fixture.importFile(path, allOrNothing: false)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(path):1:26: error: column 'colour' is not a variable of survey 'club' (name its column in a "
                    + "--map file, or leave it out there)"
            ])
        #expect(report.stored == 0)
        #expect(try await fixture.count() == 0)
    }

    @Test func badValuesAndTimesAreLocatedAndNothingIsStored() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "bad.csv",
            [
                "id,submitdate,lastpage,startlanguage,startdate,plan,sat,features[1]",
                "1,2026-03-01 10:07:30,1,en,yesterday,9,7,maybe",
                "2,2026-03-01 10:07:30,1,en,2026-03-01 10:00:00,1,3,Y",
                "3,03/01/2026,1,en,2026-03-01 10:00:00,Team,3,",
            ])
        let report = try await fixture.importFile(path)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(path):2:5: error: 'startdate' is not a time YYYY-MM-DD HH:MM:SS (or ISO 8601 with a time zone)",
                "\(path):2:6: error: 'plan' has a code that is not an option of the question",
                "\(path):2:7: error: 'sat' is out of range (1–5)",
                "\(path):2:8: error: 'features[1]' must be empty or mark its choice selected (1, Y, Yes, its code "
                    + "or its text)",
                "\(path):4:2: error: 'submitdate' is not a time YYYY-MM-DD HH:MM:SS (or ISO 8601 with a time zone)",
                "\(path):4:6: error: 'plan' has a code that is not an option of the question",
            ])
        #expect((report.read, report.stored, report.rejected) == (3, 0, 3))
        #expect(try await fixture.count() == 0)
    }

    @Test func codesOutsideTheChoicesRejectOnlyTheirRow() async throws {
        let fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let path = try fixture.file(
            "codes.csv", ["_uuid,s1/features,s1/rank,end", "u1,1 9,a z,", "u2,1 2,b a,2026-03-01T10:00:00Z"])
        let report = try await fixture.importFile(path, allOrNothing: false)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(path):2:2: error: 'features' has a code that is not an option of the question",
                "\(path):2:3: error: 'rank' has a code that is not an option of the question",
            ])
        #expect((report.read, report.stored, report.rejected) == (2, 1, 1))
        #expect(try await fixture.response("u2")?.response.answers["rank"] == .ranking(["b", "a"]))
    }

    @Test func aMapThatDoesNotFitAndAFileWithoutIDsStoreNothing() async throws {
        var fixture = try await ForeignCSVFixture()
        defer { fixture.remove() }
        let map = try fixture.file("map.csv", ["variable,column", "how_often,planet", "nowhere,visits"])
        fixture.importer.columnMap = try ImportColumnMap.load(path: map)
        let path = try fixture.file("noid.csv", ["_submission_time,how_often,s1/colour", "2026-03-01T09:08:00,1,red"])
        let report = try await fixture.importFile(path, allOrNothing: false)
        #expect(
            report.diagnostics.map(\.description) == [
                "\(map):2:2: error: 'planet' is not a column of survey 'club' (a fixed column, an attribute, a "
                    + "variable or a why probe)",
                "\(path):1:3: error: column 's1/colour' is not a variable of survey 'club' (name its column in a "
                    + "--map file, or leave it out there)",
                "\(map):3:1: error: the file \(path) has no column 'nowhere'",
                "\(path):1:1: error: no column gives the response id (_uuid, meta/instanceID or KEY); name one in a "
                    + "--map file",
            ])
        #expect(try await fixture.count() == 0)
    }
}
