import Foundation
import SurveyTestSupport
import Testing

/// Calibration to totals end to end (`--margins` with a numeric total, `--calfun`, `--bounds`): `voc estimate` on
/// R's api data equals R's `calibrate` (figures from `Tests/SurveyStatisticsTests/Reference/calibration.R`), a
/// weight set keeps its recipe, and bad input is refused with a full message, a non-zero exit and nothing saved.
@Suite struct CalibrateTotalsCLITests {
    static let apiclus1 = "Tests/SurveyStatisticsTests/Reference/apiclus1.csv"
    static let totals = "Tests/SurveyStatisticsTests/Reference/apipop-totals.csv"
    static let design = ["--weight", "pw", "--cluster", "dnum", "--fpc", "fpc"]

    let directory: URL

    init() throws {
        directory = try VocRunner.temporaryDirectory()
    }

    func run(_ arguments: [String]) throws -> VocResult {
        try VocRunner.run(arguments, directory: directory.path)
    }

    private func estimates(_ result: VocResult) throws -> [[String: Any]] {
        #expect(result.exitCode == 0, "\(result.transcript)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["estimates"] as? [[String: Any]])
    }

    private func number(_ entry: [String: Any], _ key: String) -> Double {
        (entry[key] as? NSNumber)?.doubleValue ?? .nan
    }

    private func apiEstimate(
        _ calibration: [String]
    ) throws -> (api00: [String: Any], enroll: [String: Any], note: String) {
        let result = try PackagePaths.voc(
            ["estimate", "--data", Self.apiclus1] + Self.design + ["--margins", Self.totals] + calibration
                + ["--var", "api00", "--var", "enroll", "--stat", "mean,total", "--json"])
        let all = try estimates(result)
        let api00 = try #require(
            all.first { $0["variable"] as? String == "api00" && $0["statistic"] as? String == "mean" })
        let enroll = try #require(
            all.first { $0["variable"] as? String == "enroll" && $0["statistic"] as? String == "total" })
        return (api00, enroll, result.stderr)
    }

    /// The acceptance figures: GREG `~stype + api99` on dclus1, and the raking distance with bounds
    /// c(0.6, 1.6); estimates to 1e-9 and SEs to 1e-7 relative.
    @Test func estimateEqualsRsCalibrate() throws {
        let greg = try apiEstimate(["--calfun", "linear"])
        #expect(abs(number(greg.api00, "estimate") / 665.30907116577976 - 1) < 1e-9)
        #expect(abs(number(greg.api00, "se") / 3.4417531164048429 - 1) < 1e-7)
        #expect(abs(number(greg.enroll, "estimate") / 3638487.2041318817 - 1) < 1e-9)
        #expect(abs(number(greg.enroll, "se") / 385524.42735247884 - 1) < 1e-7)
        #expect(greg.note.contains("note: calibrate-linear converged after 1 iteration(s)"), "\(greg.note)")
        let raked = try apiEstimate(["--calfun", "raking", "--bounds", "0.6,1.6"])
        #expect(abs(number(raked.api00, "estimate") / 665.46163077365679 - 1) < 1e-9)
        #expect(abs(number(raked.api00, "se") / 3.429459107521954 - 1) < 1e-7)
        #expect(abs(number(raked.enroll, "estimate") / 3662280.5974287568 - 1) < 1e-9)
        #expect(abs(number(raked.enroll, "se") / 378415.48063860479 - 1) < 1e-7)
        #expect(raked.note.contains("note: calibrate-raking converged after"), "\(raked.note)")
    }

    /// A total for `stype` (letters, not numbers), targets whose counts disagree, bounds that cannot be met and a
    /// total without a distance: each refused with its full message and a non-zero exit, on a CSV file and on a
    /// store (where no weight set is saved).
    @Test func badInputIsRefusedAndNothingIsSaved() throws {
        let surveys = PackagePaths.root.appendingPathComponent("Surveys")
        let imported = try run([
            "import", surveys.appendingPathComponent("bank-needs.xml").path,
            surveys.appendingPathComponent("bank-needs-responses.csv").path, "--store", "bank.sqlite",
        ])
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        let files: [(String, String)] = [
            (
                "region-total.csv",
                "variable,level,target\nage_band,18-34,0.27\nage_band,35-54,0.34\nage_band,55+,0.39\nregion,,500\n"
            ),
            (
                "contradictory.csv",
                "variable,level,target\nage_band,18-34,270\nage_band,35-54,340\nage_band,55+,390\nregion,north,220\nregion,south,310\nregion,east,240\nregion,west,330\ntenure_years,,5000\n"
            ),
            (
                "tenure.csv",
                "variable,level,target\nage_band,18-34,0.27\nage_band,35-54,0.34\nage_band,55+,0.39\ntenure_years,,1000000\n"
            ),
        ]
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let cases: [(arguments: [String], message: String)] = [
            (
                ["--margins", "region-total.csv", "--calfun", "linear"],
                "region-total.csv:5:1: error: 'region' is given a total (an empty level), but its values in the data "
                    + "are not all numbers; give a target for each of its levels instead"
            ),
            (
                ["--margins", "contradictory.csv", "--calfun", "linear"],
                "error: margin targets do not add up to the same total: age_band = 1000.0, region = 1100.0"
            ),
            (
                ["--margins", "tenure.csv", "--calfun", "raking", "--bounds", "0.8,1.25"],
                "error: calibration (raking distance, g-weight bounds 0.8,1.25) did not converge after 50 "
                    + "iterations: the largest misfit |target - achieved| / (1 + |target|) is "
            ),
            (
                ["--margins", "tenure.csv"],
                "error: the margins give the total of the numeric variable 'tenure_years'; calibrating to totals "
                    + "needs a distance: --calfun linear, raking or logit"
            ),
        ]
        for (arguments, message) in cases {
            let weighted = try run(["weight", "bank.sqlite", "--name", "bad"] + arguments)
            #expect(weighted.exitCode != 0, "\(weighted.transcript)")
            #expect(weighted.stdout.isEmpty, "\(weighted.transcript)")
            #expect(weighted.stderr.hasPrefix(message), "\(weighted.transcript)")
            let estimated = try run(["estimate", "bank.sqlite", "--var", "nps"] + arguments)
            #expect(estimated.exitCode != 0 && estimated.stderr.hasPrefix(message), "\(estimated.transcript)")
        }
        let unknown = try run(["estimate", "bank.sqlite", "--var", "nps", "--weight-set", "bad"])
        #expect(unknown.exitCode != 0)
        #expect(
            unknown.stderr.contains(
                "unknown weight set 'bad'; weight sets in the store: none (save one with voc weight)"),
            "\(unknown.transcript)")
        // On a CSV file, R's api data: a total for stype, and bounds R also refuses ("Calibration failed").
        try "variable,level,target\nstype,,6194\n".write(
            to: directory.appendingPathComponent("stype-total.csv"), atomically: true, encoding: .utf8)
        let letters = try run(
            ["estimate", "--data", PackagePaths.root.appendingPathComponent(Self.apiclus1).path] + Self.design
                + ["--margins", "stype-total.csv", "--calfun", "linear", "--var", "api00"])
        #expect(letters.exitCode != 0)
        #expect(
            letters.stderr
                == "stype-total.csv:2:1: error: 'stype' is given a total (an empty level), but its values in the "
                + "data are not all numbers; give a target for each of its levels instead\n", "\(letters.transcript)")
        let tight = try PackagePaths.voc(
            ["estimate", "--data", Self.apiclus1] + Self.design
                + ["--margins", Self.totals, "--calfun", "raking", "--bounds", "0.95,1.05", "--var", "api00"])
        #expect(tight.exitCode != 0)
        #expect(
            tight.stderr.hasPrefix(
                "error: calibration (raking distance, g-weight bounds 0.95,1.05) did not converge after 50 iterations: "
                    + "the largest misfit |target - achieved| / (1 + |target|) is "),
            "\(tight.transcript)")
        #expect(
            tight.stderr.hasSuffix(
                "the bounds cannot be met or the targets contradict each other (widen --bounds or check the margins)\n")
        )
    }

    /// A weight set made with `--calfun` keeps its recipe: `--weight-set` redoes the calibration and gives the same
    /// estimates and SEs as `--margins ... --calfun` directly.
    @Test func weightSetRedoesTheCalibration() throws {
        let surveys = PackagePaths.root.appendingPathComponent("Surveys")
        let imported = try run([
            "import", surveys.appendingPathComponent("bank-needs.xml").path,
            surveys.appendingPathComponent("bank-needs-responses.csv").path, "--store", "bank.sqlite",
        ])
        #expect(imported.exitCode == 0, "\(imported.transcript)")
        let sample = try estimates(
            try run(["estimate", "bank.sqlite", "--var", "tenure_years", "--stat", "total", "--json"]))
        let total = number(try #require(sample.first), "estimate")
        try
            "variable,level,target\nage_band,18-34,0.27\nage_band,35-54,0.34\nage_band,55+,0.39\ntenure_years,,\(total * 1.04)\n"
            .write(to: directory.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let calibration = ["--margins", "m.csv", "--calfun", "raking", "--bounds", "0.5,2"]
        let weighted = try run(["weight", "bank.sqlite", "--name", "cal", "--json"] + calibration)
        #expect(weighted.exitCode == 0, "\(weighted.transcript)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(weighted.stdout.utf8)) as? [String: Any])
        #expect(report["method"] as? String == "calibrate-raking" && report["converged"] as? Bool == true)
        let recipe = try #require(report["calibration"] as? [String: Any])
        #expect(recipe["calfun"] as? String == "raking" && recipe["version"] as? Int == 2)
        let request = [
            "estimate", "bank.sqlite", "--var", "nps", "--var", "tenure_years", "--by", "age_band", "--json",
        ]
        let stored = try estimates(try run(request + ["--weight-set", "cal"]))
        let direct = try estimates(try run(request + calibration))
        #expect(stored.count == direct.count && !stored.isEmpty)
        for (a, b) in zip(stored, direct) {
            for key in ["estimate", "se"] {
                let x = number(a, key)
                let y = number(b, key)
                #expect(abs(x - y) <= 1e-10 * max(abs(x), abs(y)), "\(key) \(x) \(y)")
            }
        }
    }
}
