import Foundation
import SurveyTestSupport
import Testing

/// `voc store migrate` and `voc store copy` between SQLite and PostgreSQL, and `--store postgres://...` on the
/// commands that take a store: a store copied SQLite → PostgreSQL → SQLite exports byte for byte the same.
@Suite(.serialized) struct StoreCopyCLITests {
    @Test func copyRoundTripIsLosslessAndPostgresWorksAsAStore() throws {
        let server = try PostgresTestServer()
        try server.createDatabase("copied")
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
            "id,weight,stratum,region\np-a,1.5,s1,north\np-b,2,s2,south\np-c,1,s2,south\n",
            to: "sample.csv", in: directory)
        try StoreFixtures.write(
            ([
                StoreFixtures.shopHeader, StoreFixtures.shopRow("x1", ["respondent_id": "p-a"]),
                StoreFixtures.shopRow("x2", ["respondent_id": "p-b", "nps": "3"]),
                StoreFixtures.shopRow("x3", ["respondent_id": "p-new", "status": "partial", "disposition": "1.2"]),
            ]).joined(separator: "\n") + "\n", to: "data.csv", in: directory)
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        #expect(try run(["import", "shop.xml", "data.csv"]).exitCode == 0)

        let url = server.url(database: "copied")
        let migrated = try run(["store", "migrate", url])
        #expect(migrated.exitCode == 0, "\(migrated.stderr)")
        #expect(!migrated.stdout.contains(server.password))
        let there = try run(["store", "copy", "shop.voc.sqlite", url])
        #expect(there.exitCode == 0, "\(there.stderr)")
        #expect(there.stdout.contains("copied 3 responses, 4 respondents"))
        #expect(!there.stdout.contains(server.password))
        let back = try run(["store", "copy", url, "back.sqlite"])
        #expect(back.exitCode == 0, "\(back.stderr)")

        for format in ["csv", "jsonl", "json"] {
            for (name, store) in [("sqlite", "shop.voc.sqlite"), ("pg", url), ("back", "back.sqlite")] {
                let export = try run([
                    "export", store, "--format", format, "--include-partial", "--out", "\(name).\(format)",
                ])
                #expect(export.exitCode == 0, "\(export.stderr)")
            }
            #expect(try text("pg.\(format)") == text("sqlite.\(format)"))
            #expect(try text("back.\(format)") == text("sqlite.\(format)"))
        }
        let status = try run(["status", url, "--json"])
        #expect(status.exitCode == 0, "\(status.stderr)")
        let sample = try run(["sample", "load", url, "sample.csv"])
        #expect(sample.stdout.contains("postgres://voc@127.0.0.1:\(server.port)/copied"))
        #expect(!sample.stdout.contains(server.password))
        let wrong = try run(["status", url.replacingOccurrences(of: server.password, with: "NotTheP4ss"), "--json"])
        #expect(wrong.exitCode != 0)
        #expect(wrong.stderr.contains("password authentication failed"))
        #expect(!wrong.stderr.contains("NotTheP4ss"))
    }
}
