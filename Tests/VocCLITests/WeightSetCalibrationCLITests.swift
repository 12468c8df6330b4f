import Foundation
import SurveyTestSupport
import Testing

/// A stored weight set carries its calibration recipe: `voc estimate STORE --weight-set NAME` redoes the raking
/// and gives the same estimates and calibration-aware SEs as `voc estimate STORE --margins FILE` (and so does
/// `voc needs STORE --weight-set NAME`, which loads through the same path); domain design
/// effects of weights raked to shares (Σw = n) are finite and near 1.
@Suite struct WeightSetCalibrationCLITests {
    let directory: URL
    let margins: String

    init() throws {
        directory = try VocRunner.temporaryDirectory()
        let surveys = PackagePaths.root.appendingPathComponent("Surveys")
        margins = surveys.appendingPathComponent("bank-needs-margins.csv").path
        let imported = try run([
            "import", surveys.appendingPathComponent("bank-needs.xml").path,
            surveys.appendingPathComponent("bank-needs-responses.csv").path, "--store", "bank.sqlite",
        ])
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        let weighted = try run(["weight", "bank.sqlite", "--margins", margins, "--name", "raked", "--json"])
        #expect(weighted.exitCode == 0, "\(weighted.transcript)")
    }

    func run(_ arguments: [String]) throws -> VocResult {
        try VocRunner.run(arguments, directory: directory.path)
    }

    func estimates(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try run(["estimate", "bank.sqlite"] + arguments + ["--json"])
        #expect(result.exitCode == 0, "\(result.transcript)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["estimates"] as? [[String: Any]])
    }

    static func close(_ a: Any?, _ b: Any?, relative: Double) -> Bool {
        guard let x = (a as? NSNumber)?.doubleValue, let y = (b as? NSNumber)?.doubleValue else { return false }
        return abs(x - y) <= relative * max(abs(x), abs(y))
    }

    @Test func weightSetReportStoresTheRecipe() throws {
        let result = try run(["weight", "bank.sqlite", "--margins", margins, "--name", "again", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let recipe = try #require(report["calibration"] as? [String: Any])
        #expect(recipe["method"] as? String == "rake")
        #expect(
            (recipe["margins"] as? [[String: Any]])?.compactMap { $0["variable"] as? String }
                == ["age_band", "region"])
        #expect(recipe["start_weight_set"] == nil || recipe["start_weight_set"] is NSNull)
    }

    @Test func weightSetEstimatesEqualEstimatesWithMargins() throws {
        let request = ["--var", "nps", "--stat", "nps,mean", "--by", "age_band"]
        let stored = try estimates(request + ["--weight-set", "raked"])
        let margined = try estimates(request + ["--margins", margins])
        #expect(stored.count == 6 && margined.count == 6)
        for (a, b) in zip(stored, margined) {
            #expect(a["segment"] as? String == b["segment"] as? String)
            for key in ["estimate", "se", "ci_low", "ci_high", "deff", "n_eff"] {
                #expect(Self.close(a[key], b[key], relative: 1e-10), "\(key) \(a[key] ?? "nil") \(b[key] ?? "nil")")
            }
        }
    }

    @Test func rakingMarginSharesHaveZeroSEWithTheWeightSet() throws {
        // age_band is a raking margin: its shares are fixed by the calibration, so their calibrated SE is ~0
        // (weights treated as fixed would give SEs of about 0.017).
        let shares = try estimates(["--var", "age_band", "--weight-set", "raked"])
        #expect(shares.count == 3)
        for share in shares {
            let se = try #require((share["se"] as? NSNumber)?.doubleValue)
            #expect(se < 1e-6, "\(share)")
        }
    }

    @Test func domainDeffsOfWeightsRakedToSharesAreNearOne() throws {
        let results = try estimates(["--var", "nps", "--stat", "nps,mean", "--by", "age_band", "--weight-set", "raked"])
        #expect(results.count == 6)
        for entry in results {
            let deff = (entry["deff"] as? NSNumber)?.doubleValue ?? .nan
            #expect(deff > 0.9 && deff < 1.2, "\(entry)")
        }
    }

    @Test func needsUsesTheCalibratedWeightSet() throws {
        let result = try run([
            "needs", "bank.sqlite", "--by", "age_band", "--weight-set", "raked",
            "--permutations", "0", "--json",
        ])
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(!result.stderr.contains("treat its weights as fixed"), "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let battery = try #require((report["batteries"] as? [[String: Any]])?.first { $0["id"] as? String == "imp" })
        let measure = try #require(
            (battery["measures"] as? [[String: Any]])?.first {
                $0["need"] as? String == "safety" && $0["statistic"] as? String == "mean"
            })
        let fromNeeds = try #require(measure["estimates"] as? [[String: Any]])
        let fromMargins = try estimates([
            "--var", "imp.safety", "--stat", "mean", "--by", "age_band",
            "--margins", margins,
        ])
        #expect(fromNeeds.count == 3 && fromMargins.count == 3)
        for (a, b) in zip(fromNeeds, fromMargins) {
            #expect(a["segment"] as? String == b["segment"] as? String)
            for key in ["estimate", "se", "deff"] {
                #expect(Self.close(a[key], b[key], relative: 1e-10), "\(key) \(a[key] ?? "nil") \(b[key] ?? "nil")")
            }
        }
    }
}
