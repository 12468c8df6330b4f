import Foundation
import SurveyTestSupport
import Testing

/// `voc needs` and `voc banner` reading a store written by `voc import`.
@Suite struct NeedsStoreCLITests {
    let directory: URL

    init() throws {
        directory = try VocRunner.temporaryDirectory()
        try StoreFixtures.write(StoreFixtures.shopXML, to: "shop.xml", in: directory)
        let rows = (1...40).map { index in
            StoreFixtures.shopRow(
                "r\(index)",
                [
                    "region": index % 2 == 0 ? "north" : "south", "sat": String(1 + index % 5),
                    "grid.speed": String(1 + (index * 3) % 5), "grid.price": String(1 + (index * 7) % 5),
                    "rank.a": index % 3 == 0 ? "1" : "2", "rank.b": index % 3 == 0 ? "2" : "1", "rank.c": "",
                ])
        }
        try StoreFixtures.write(
            ([StoreFixtures.shopHeader] + rows).joined(separator: "\n") + "\n", to: "data.csv",
            in: directory)
        let imported = try VocRunner.run(["import", "shop.xml", "data.csv"], directory: directory.path)
        #expect(imported.exitCode == 0, "\(imported.stderr)")
    }

    func run(_ arguments: [String]) throws -> VocResult {
        try VocRunner.run(arguments, directory: directory.path)
    }

    @Test func needsReadsTheStoreWithItsRegisteredSurvey() throws {
        let result = try run([
            "needs", "shop.voc.sqlite", "--by", "region", "--outcome", "sat", "--min-base", "10",
            "--permutations", "50", "--json",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let segments = try #require(report["segments"] as? [[String: Any]])
        #expect(segments.map { $0["label"] as? String } == ["north", "south"])
        #expect(segments.map { $0["n"] as? Int } == [20, 20])
        let kinds = (report["batteries"] as? [[String: Any]])?.map { $0["kind"] as? String }
        #expect(kinds == ["touchpoints", "ranking"])
        let touchpoints = try #require((report["batteries"] as? [[String: Any]])?.first)
        #expect((touchpoints["touchpoint_drivers"] as? [Any])?.count == 2)
        #expect(
            (touchpoints["measures"] as? [[String: Any]])?.contains { $0["statistic"] as? String == "balance" }
                == true)
    }

    /// With replicate weights the header and the JSON say where the SEs come from (40 respondents, one PSU each).
    @Test func replicateStandardErrorsAreNamed() throws {
        let arguments = ["needs", "shop.voc.sqlite", "--by", "region", "--min-base", "10", "--replicates", "jk1"]
        let text = try run(arguments)
        #expect(text.exitCode == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Need priorities by region (design df 39; "), "\(text.stdout)")
        #expect(text.stdout.contains("; SEs from 40 jk1 replicate weights)\n"), "\(text.stdout)")
        let json = try run(arguments + ["--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let replicates = try #require(report["replicates"] as? [String: Any])
        #expect(replicates["method"] as? String == "jk1" && replicates["count"] as? Int == 40)
        let linearised = try run(["needs", "shop.voc.sqlite", "--by", "region", "--min-base", "10", "--json"])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(linearised.stdout.utf8)) as? [String: Any])
        #expect(plain["replicates"] is NSNull)
    }

    @Test func unknownWeightSetIsAnErrorListingTheStoredOnes() throws {
        let result = try run(["needs", "shop.voc.sqlite", "--by", "region", "--weight-set", "raked"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("unknown weight set 'raked'; weight sets in the store: none"))
    }

    @Test func bannerFromTheStoreHasBasesAndLetters() throws {
        let result = try run(["banner", "shop.voc.sqlite", "--rows", "sat,channel", "--cols", "region", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let table = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let columns = try #require(table["columns"] as? [[String: Any]])
        #expect(columns.map { $0["letter"] as? String } == ["A", "B"])
        let rows = try #require(table["rows"] as? [[String: Any]])
        #expect(rows.first?["statistic"] as? String == "mean")
        #expect(rows.dropFirst().allSatisfy { $0["statistic"] as? String == "percent" })
        let cells = rows.flatMap { $0["cells"] as! [[String: Any]] }
        #expect(cells.allSatisfy { $0["small_base"] as? Bool == true })
    }
}
