import Foundation
import SurveyExport
import SurveyModel
import SurveyTestSupport
import Testing

/// `voc import --map` of an SPSS file written by another tool (here by `SPSSWriter` with names and codes of its
/// own): variables matched by the map, numeric codes read through their value labels, every problem located
/// `FILE:CASE:POSITION` with the variable's name, and a map that does not fit is an error that stores nothing.
@Suite struct SAVMapCLITests {
    /// Cases: ID, Q1 (the NPS), CHAN (1 Web, 2 App, 3 None), WGT (left out by the map), STATUS.
    static func foreignLayout(nps: [Double]) -> ExportLayout {
        let columns = [
            ExportColumn(
                name: "ID", sourceName: "ID", label: "Case", source: .responseID, storage: .string(width: 4),
                measure: .nominal),
            ExportColumn(
                name: "Q1", sourceName: "Q1", label: "Recommend", source: .variable("Q1"),
                storage: .numeric(decimals: 0), measure: .ordinal, missingCodes: ["-1"]),
            ExportColumn(
                name: "CHAN", sourceName: "CHAN", label: "Channel", source: .variable("CHAN"),
                storage: .numeric(decimals: 0), measure: .nominal,
                valueLabels: [
                    ValueLabel(code: "1", label: "Web"), ValueLabel(code: "2", label: "App"),
                    ValueLabel(code: "3", label: "None"),
                ]),
            ExportColumn(
                name: "WGT", sourceName: "WGT", label: "Weight", source: .variable("WGT"),
                storage: .numeric(decimals: 2), measure: .scale),
        ]
        let rows: [[ExportValue?]] = nps.enumerated().map { index, value in
            [.text("r\(index + 1)"), .number(value), .number(3), .number(1.5)]
        }
        return ExportLayout(columns: columns, rows: rows)
    }

    @Test func foreignFileWithAMap() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try StoreFixtures.write(StoreFixtures.shopXML, to: "shop.xml", in: directory)
        try StoreFixtures.write(
            "variable,column\nid,response_id\nQ1,nps\nCHAN,channel\nWGT,\n", to: "map.csv", in: directory)
        try SPSSWriter.write(
            Self.foreignLayout(nps: [8, 11, -1]), fileLabel: "other tool",
            to: directory.appendingPathComponent("other.sav"))
        func voc(_ arguments: [String]) throws -> VocResult { try PackagePaths.voc(arguments, in: directory) }

        let strict = try voc(["import", "shop.xml", "other.sav", "--map", "map.csv", "--all-or-nothing"])
        #expect(strict.exitCode == 1)
        #expect(strict.stderr == "other.sav:2:2: error: variable Q1: 'nps' is out of range (0–10)\n")
        #expect(strict.stdout.contains("other.sav     3       0         3        0"), "\(strict.transcript)")

        let result = try voc(["import", "shop.xml", "other.sav", "--map", "map.csv"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "other.sav:2:2: error: variable Q1: 'nps' is out of range (0–10)\n")
        #expect(result.stdout.contains("other.sav     3       2         1        0"), "\(result.transcript)")
        let export = try voc(["export", "shop.voc.sqlite", "--out", "out.csv"])
        #expect(export.exitCode == 0, "\(export.transcript)")
        let rows = try String(contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.map { "\($0[0]) \($0[2]) \($0[10]) \($0[11])" } == ["r1 complete 8 none", "r3 complete -1 none"])
    }

    @Test func aMapThatDoesNotFitStoresNothing() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try StoreFixtures.write(StoreFixtures.shopXML, to: "shop.xml", in: directory)
        try StoreFixtures.write(
            "variable,column\nID,response_id\nQ1,planet\nXYZ,nps\nid,channel\n", to: "bad.csv", in: directory)
        try StoreFixtures.write("variable,column\nID,response_id\nQ1,planet\nXYZ,nps\n", to: "map.csv", in: directory)
        try SPSSWriter.write(
            Self.foreignLayout(nps: [8]), fileLabel: "other tool", to: directory.appendingPathComponent("other.sav"))
        func voc(_ arguments: [String]) throws -> VocResult { try PackagePaths.voc(arguments, in: directory) }

        let duplicate = try voc(["import", "shop.xml", "other.sav", "--map", "bad.csv"])
        #expect(duplicate.exitCode == 1)
        #expect(duplicate.stderr == "bad.csv:5:1: error: variable 'id' is already mapped on line 2\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("shop.voc.sqlite").path))

        let result = try voc(["import", "shop.xml", "other.sav", "--map", "map.csv"])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr
                == "map.csv:3:2: error: 'planet' is not a column of survey 'shop' (a fixed column, an attribute, a "
                + "variable or a why column)\n"
                + "map.csv:4:1: error: the file other.sav has no variable 'XYZ'\n")
        let export = try voc(["export", "shop.voc.sqlite", "--out", "out.csv"])
        #expect(export.stderr == "exported 0 responses to out.csv\n", "\(export.transcript)")
    }
}
