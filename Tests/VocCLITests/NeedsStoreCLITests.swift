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
