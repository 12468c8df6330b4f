import Foundation
import SurveyTestSupport
import Testing

/// `voc import` end to end on SQLite and PostgreSQL: times the file does not give are exported as empty cells by
/// both backends and survive `voc store copy` both ways; a file that is not UTF-8 fails with located errors and
/// stores nothing.
@Suite(.serialized) struct ImportTimesCLITests {
    @Test func unknownTimesAndInvalidUTF8OnBothBackends() throws {
        let server = try PostgresTestServer()
        try server.createDatabase("times")
        try server.createDatabase("invalid")
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> VocResult {
            try VocRunner.run(arguments, directory: directory.path)
        }
        func text(_ name: String) throws -> String {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        try StoreFixtures.write(StoreFixtures.shopXML, to: "shop.xml", in: directory)
        try StoreFixtures.write(
            [
                StoreFixtures.shopHeader,
                StoreFixtures.shopRow(
                    "n1", ["started_at": "", "updated_at": "2026-11-21T09:00:00.000Z", "completed_at": ""]),
                StoreFixtures.shopRow("n2", ["started_at": ""]),
            ].joined(separator: "\n") + "\n", to: "untimed.csv", in: directory)
        let url = server.url(database: "times")
        for store in ["shop.voc.sqlite", url] {
            let imported = try run(["import", "shop.xml", "untimed.csv", "--store", store])
            #expect(imported.exitCode == 0, "\(imported.stderr)")
        }
        #expect(try run(["store", "copy", url, "back.sqlite"]).exitCode == 0)
        for (name, store) in [("sqlite", "shop.voc.sqlite"), ("pg", url), ("back", "back.sqlite")] {
            let export = try run(["export", store, "--out", "\(name).csv"])
            #expect(export.exitCode == 0, "\(export.stderr)")
            let rows = try text("\(name).csv").split(separator: "\n").dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false).prefix(10).joined(separator: ",")
            }
            #expect(
                rows == [
                    "n1,p-n1,complete,1.1,1.0.0,,2026-11-21T09:00:00.000Z,,ann,cati",
                    "n2,p-n2,complete,1.1,1.0.0,,2026-11-20T10:04:30.250Z,2026-11-20T10:04:30.250Z,ann,cati",
                ], "\(name)")
        }

        // FF FE inside the region of the second row: a located error, exit status 1, nothing stored.
        var bytes = Array((StoreFixtures.shopHeader + "\n" + StoreFixtures.shopRow("v1") + "\n").utf8)
        bytes +=
            Array(StoreFixtures.shopRow("v2", ["region": "no\u{1}rth"]).utf8).flatMap {
                $0 == 0x01 ? [0xFF, 0xFE] : [$0]
            } + [0x0A]
        try Data(bytes).write(to: directory.appendingPathComponent("bad.csv"))
        let invalid = server.url(database: "invalid")
        for store in ["bad.voc.sqlite", invalid] {
            let result = try run(["import", "shop.xml", "bad.csv", "--store", store, "--all-or-nothing"])
            #expect(result.exitCode == 1)
            #expect(
                result.stderr == "bad.csv:3:11: error: invalid UTF-8 in the field (the file must be saved as UTF-8)\n")
            let export = try run(["export", store, "--include-partial"])
            #expect(export.exitCode == 0, "\(export.stderr)")
            #expect(export.stdout.split(separator: "\n").count == 1)
        }
    }
}
