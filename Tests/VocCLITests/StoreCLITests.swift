import Foundation
import SurveyTestSupport
import Testing

/// End-to-end runs of `voc sample load`, `voc import`, `voc export` and `voc status` through the built binary.
@Suite struct StoreCLITests {
    let directory: URL

    init() throws {
        directory = try VocRunner.temporaryDirectory()
        try StoreFixtures.write(StoreFixtures.shopXML, to: "shop.xml", in: directory)
        try StoreFixtures.write(
            "id,weight,stratum,region\np-a,1.5,s1,north\np-b,2,s2,south\np-c,1,s2,south\n",
            to: "sample.csv", in: directory)
    }

    func run(_ arguments: [String]) throws -> VocResult {
        try VocRunner.run(arguments, directory: directory.path)
    }

    func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    func data(_ rows: [String]) throws {
        try StoreFixtures.write(
            ([StoreFixtures.shopHeader] + rows).joined(separator: "\n") + "\n", to: "data.csv", in: directory)
    }

    @Test func exportedCSVImportsBackUnchanged() throws {
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        try data([
            StoreFixtures.shopRow("x1", ["respondent_id": "p-a"]),
            StoreFixtures.shopRow(
                "x2",
                [
                    "respondent_id": "p-b", "channel": "none", "features.pay": "", "features.save": "",
                    "features.nothing": "", "sat": "", "visits": "", "grid.speed": "", "grid.price": "", "rank.a": "",
                    "rank.b": "",
                ]),
            StoreFixtures.shopRow(
                "x3", ["respondent_id": "p-new", "nps": "-1", "status": "partial", "disposition": "1.2"]),
        ])
        let imported = try run(["import", "shop.xml", "data.csv"])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("data.csv     3       3         0        0"))
        for format in ["csv", "jsonl"] {
            let first = try run([
                "export", "shop.voc.sqlite", "--format", format, "--include-partial", "--out", "one.\(format)",
            ])
            #expect(first.exitCode == 0, "\(first.stderr)")
            let copy = try run([
                "import", "shop.xml", "one.\(format)", "--store", "copy-\(format).sqlite", "--all-or-nothing",
            ])
            #expect(copy.exitCode == 0, "\(copy.stderr)")
            let second = try run([
                "export", "copy-\(format).sqlite", "--format", format, "--include-partial", "--out", "two.\(format)",
            ])
            #expect(second.exitCode == 0)
            #expect(try text("two.\(format)") == text("one.\(format)"))
            #expect(try text("one.codebook.json").contains("\"name\":\"grid.speed\""))
        }
        #expect(try text("one.csv").split(separator: "\n").count == 4)
        #expect(try text("one.why.csv").hasPrefix("response_id,respondent_id,probe,question,option,depth,text"))
        let completeOnly = try run(["export", "shop.xml"])
        #expect(completeOnly.stdout.split(separator: "\n").count == 3)
        let json = try run(["export", "shop.xml", "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((document?["responses"] as? [Any])?.count == 2)
        #expect((document?["codebook"] as? [String: Any])?["survey_id"] as? String == "shop")
    }

    @Test func statusReportsDispositionsRatesAndQuotas() throws {
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).exitCode == 0)
        try data([
            StoreFixtures.shopRow("x1", ["respondent_id": "p-a"]),
            StoreFixtures.shopRow(
                "x2", ["respondent_id": "p-b", "status": "partial", "disposition": "1.2", "region": "south"]),
        ])
        #expect(try run(["import", "shop.xml", "data.csv"]).exitCode == 0)
        let status = try run(["status", "shop.voc.sqlite", "--json", "--e", "0.5"])
        #expect(status.exitCode == 0, "\(status.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let groups = try #require(object["groups"] as? [String: Int])
        #expect(groups["I"] == 1)
        #expect(groups["P"] == 1)
        #expect(groups["pending"] == 1)
        let rates = try #require(object["rates"] as? [String: Double])
        #expect(rates["RR1"] == 0.5)
        #expect(rates["RR2"] == 1)
        #expect(rates["COOP3"] == 0.5)
        let quotas = try #require(object["quotas"] as? [[String: Any]])
        #expect(quotas.first?["completes"] as? Int == 1)
        #expect(quotas.first?["target"] as? Int == 2)
        let abandoned = try #require(object["abandoned"] as? [String: Double])
        #expect(abandoned == ["after_hours": 24, "partial_share": 0.5, "partial": 0, "break_off": 0])
        let table = try run(["status", "shop.xml"])
        #expect(table.stdout.contains("RR1    0.5000"))
        #expect(table.stdout.contains("ann"))
        #expect(table.stdout.contains("abandoned (no change for 24 h): 0 partial (1.2, at least 50% of on-route"))
        let other = try run(["status", "shop.xml", "--abandoned-after", "2", "--partial-share", "0.8", "--json"])
        #expect(
            other.stdout.contains(#""abandoned":{"after_hours":2.0,"partial_share":0.8,"partial":0,"break_off":0}"#))
        let bad = try run(["status", "shop.xml", "--partial-share", "1.5"])
        #expect(bad.exitCode != 0)
        #expect(bad.stderr.contains("--partial-share must be between 0 and 1"))
    }

    @Test func badImportsReportEveryErrorAndExitNonZero() throws {
        try data([
            StoreFixtures.shopRow("ok1"),
            StoreFixtures.shopRow("bad1", ["channel": "shop"]),
            StoreFixtures.shopRow("bad2", ["sat": "0", "survey_version": "1.0"]),
        ])
        let result = try run(["import", "shop.xml", "data.csv", "--all-or-nothing"])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr == """
                data.csv:3:13: error: 'channel' has a code that is not an option of the question
                data.csv:4:5: error: the survey version is not a version MAJOR.MINOR.PATCH
                data.csv:4:17: error: 'sat' is out of range (1–5)

                """)
        #expect(result.stdout.contains("data.csv     3       0         3        0"))
        let export = try run(["export", "shop.voc.sqlite"])
        #expect(export.stdout.split(separator: "\n").count == 1)
    }

    @Test func corruptStoreIsRefusedAndLeftUntouched() throws {
        let garbage = "this is not a database\n"
        try StoreFixtures.write(garbage, to: "broken.sqlite", in: directory)
        try data([StoreFixtures.shopRow("ok1")])
        let result = try run(["import", "shop.xml", "data.csv", "--store", "broken.sqlite"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("broken.sqlite: error: not a valid voc store or the file is damaged"))
        #expect(try text("broken.sqlite") == garbage)
        let status = try run(["status", "missing.sqlite"])
        #expect(status.exitCode == 1)
        #expect(status.stderr.contains("missing.sqlite: error: no store at this path"))
    }

    @Test func badSampleStoresNothing() throws {
        try StoreFixtures.write("id,weight\nq1,1\nq1,-2\n,1\n", to: "bad-sample.csv", in: directory)
        let result = try run(["sample", "load", "shop.xml", "bad-sample.csv"])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr == """
                bad-sample.csv:3:1: error: respondent id 'q1' appears twice (first on row 2)
                bad-sample.csv:3:2: error: the design weight must be a positive number
                bad-sample.csv:4:1: error: the respondent id is empty

                """)
        #expect(try run(["sample", "load", "shop.xml", "sample.csv"]).stdout.contains("(3 in the store)"))
    }
}
