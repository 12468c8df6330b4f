import Foundation
import SurveyTestSupport
import Testing

/// `--ci` and `--qrule` end to end: every printed interval names its method, and shares stay inside [0, 1].
@Suite("voc estimate --ci/--qrule and the report's share intervals")
struct IntervalCLITests {
    static let apiclus1 = "Tests/SurveyStatisticsTests/Reference/apiclus1.csv"
    static let design = ["--weight", "pw", "--cluster", "dnum", "--fpc", "fpc"]

    private func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    private func estimate(_ arguments: [String]) throws -> VocResult {
        let result = try PackagePaths.voc(["estimate", "--data", Self.apiclus1] + Self.design + arguments)
        #expect(result.exitCode == 0, "\(result.transcript)")
        return result
    }

    @Test func theTableFooterNamesEachIntervalMethod() throws {
        let shares = try estimate(["--var", "sch.wide", "--ci", "beta"]).stdout.split(separator: "\n").map(String.init)
        #expect(
            shares.contains("Intervals for share: beta (Korn-Graubard Clopper-Pearson at the effective sample size)"))
        // R: svyciprop(~I(sch.wide == "Yes"), dclus1, method = "beta") = (0.82370221084750106, 0.91470449212686533).
        #expect(shares.contains { $0.contains("0.823702") && $0.contains("0.914704") })
        let numbers = try estimate(["--var", "api00", "--stat", "median,mean"]).stdout.split(separator: "\n")
        #expect(numbers.contains { $0.hasPrefix("Intervals for quantile: woodruff-math (Woodruff interval") })
        #expect(numbers.contains { $0.hasPrefix("Intervals for mean: wald (estimate +/- t*SE") })
    }

    @Test func jsonGivesTheMethodOfEveryInterval() throws {
        let shareRun = try estimate(["--var", "sch.wide", "--by", "stype", "--ci", "likelihood", "--json"])
        let shares = try #require(try json(shareRun.stdout)["estimates"] as? [[String: Any]])
        #expect(shares.count == 6)
        #expect(shares.allSatisfy { $0["interval"] as? String == "likelihood" })
        // R: svyby(~I(sch.wide == "Yes"), ~stype, dclus1, svyciprop, method = "likelihood"), segment H.
        let h = try #require(shares.first { $0["segment"] as? String == "H" && $0["level"] as? String == "Yes" })
        let low = try #require(h["ci_low"] as? Double)
        let high = try #require(h["ci_high"] as? Double)
        #expect(abs(low - 0.52181179923188359) < 1e-7 && abs(high - 0.94604425405356085) < 1e-7)
        #expect(h["df"] as? Int == 7)
        let quantileRun = try estimate(["--var", "api00", "--stat", "quartiles", "--qrule", "hf7", "--json"])
        let quantiles = try #require(try json(quantileRun.stdout)["estimates"] as? [[String: Any]])
        #expect(quantiles.count == 3 && quantiles.allSatisfy { $0["interval"] as? String == "woodruff-hf7" })
        // R: svyquantile(~api00, dclus1, 0.25, ci = TRUE, qrule = "hf7") = 552.5.
        #expect(quantiles.first?["estimate"] as? Double == 552.5)
    }

    /// The acceptance figures through the CLI: the default (logit) share interval and the quartiles with
    /// their intervals on dclus1, against R's svyciprop and svyquantile(ci = TRUE).
    @Test func defaultIntervalsEqualR() throws {
        let shares = try #require(
            try json(estimate(["--var", "sch.wide", "--json"]).stdout)["estimates"] as? [[String: Any]])
        let yes = try #require(shares.first { $0["level"] as? String == "Yes" })
        #expect(yes["interval"] as? String == "logit")
        let low = try #require(yes["ci_low"] as? Double)
        let high = try #require(yes["ci_high"] as? Double)
        #expect(abs(low / 0.8237988923790337 - 1) < 1e-7 && abs(high / 0.91190007702122267 - 1) < 1e-7)
        let quartiles = try #require(
            try json(estimate(["--var", "api00", "--stat", "quartiles", "--json"]).stdout)["estimates"]
                as? [[String: Any]])
        let r: [(Double, Double, Double, Double)] = [
            (552, 492, 627, 31.471661205399485), (652, 561, 714, 35.667882699452747),
            (719, 696, 777, 18.882996723239689),
        ]
        try #require(quartiles.count == 3)
        for (q, (estimate, low, high, se)) in zip(quartiles, r) {
            #expect(q["estimate"] as? Double == estimate && q["ci_low"] as? Double == low)
            #expect(q["ci_high"] as? Double == high)
            #expect(abs((q["se"] as? Double ?? 0) / se - 1) < 1e-7)
            #expect(q["interval"] as? String == "woodruff-math")
        }
    }

    @Test func unknownMethodsAreRefusedWithTheAllowedOnes() throws {
        let ci = try PackagePaths.voc(["estimate", "--data", Self.apiclus1, "--var", "sch.wide", "--ci", "wald"])
        #expect(ci.exitCode != 0)
        #expect(ci.stderr.contains("--ci must be one of: logit, likelihood, beta, xlogit, asin, mean (got 'wald')"))
        let rule = try PackagePaths.voc(["estimate", "--data", Self.apiclus1, "--var", "api00", "--qrule", "hf8"])
        #expect(rule.exitCode != 0)
        #expect(rule.stderr.contains("--qrule must be one of: math, school, hf7 (got 'hf8')"))
    }

    /// The bank example's report as Scripts/quickstart.sh makes it: no share interval outside [0%, 100%], and the
    /// notes and JSON name the method.
    @Test func theBankReportKeepsShareIntervalsInsideZeroToHundred() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("bank.voc.sqlite").path
        let steps: [[String]] = [
            ["import", "Surveys/bank-needs.xml", "Surveys/bank-needs-responses.csv", "--store", store],
            ["weight", store, "--margins", "Surveys/bank-needs-margins.csv", "--name", "raked"],
            ["code", store, "--codebook", "Surveys/codebooks/bank-needs-ladder.json", "--auto"],
            ["code", store, "--codebook", "Surveys/codebooks/bank-nps-themes.json", "--auto"],
        ]
        for step in steps {
            let result = try PackagePaths.voc(step)
            try #require(result.exitCode == 0, "\(result.transcript)")
        }
        let report = ["report", store, "--weight-set", "raked", "--by", "age_band"]
        let codebooks = [
            "--codebook", "Surveys/codebooks/bank-needs-ladder.json", "--codebook",
            "Surveys/codebooks/bank-nps-themes.json",
        ]
        for method in ["logit", "mean"] {
            let markdown = directory.appendingPathComponent("report-\(method).md").path
            let made = try PackagePaths.voc(report + codebooks + ["--ci", method, "--format", "md", "--out", markdown])
            try #require(made.exitCode == 0, "\(made.transcript)")
            let text = try String(contentsOfFile: markdown, encoding: .utf8)
            let pattern = /\(([−-]?[0-9.]+)% to ([−-]?[0-9.]+)%\)/
            let intervals = text.matches(of: pattern).map { ($0.output.1, $0.output.2) }
            #expect(!intervals.isEmpty)
            for (low, high) in intervals {
                #expect(!low.hasPrefix("-") && !low.hasPrefix("−"), "\(method): (\(low)% to \(high)%)")
                #expect((Double(high) ?? 0) <= 100, "\(method): (\(low)% to \(high)%)")
            }
            #expect(
                text.contains(
                    "Intervals for shares (top-2-box, banner percentages, why themes) use the method \(method)"))
        }
        // voc needs: share measures (top2) take --ci, means keep t intervals.
        let needs = try PackagePaths.voc([
            "needs", store, "--by", "age_band", "--weight-set", "raked", "--ci", "beta", "--json",
        ])
        try #require(needs.exitCode == 0, "\(needs.transcript)")
        let needsJSON = try self.json(needs.stdout)
        let options = try #require(needsJSON["settings"] as? [String: Any])
        #expect(options["share_interval"] as? String == "beta")
        let batteries = try #require(needsJSON["batteries"] as? [[String: Any]])
        let measures = batteries.flatMap { $0["measures"] as? [[String: Any]] ?? [] }
        let methods = Dictionary(grouping: measures) { $0["statistic"] as? String ?? "" }.mapValues { group in
            Set(group.flatMap { ($0["estimates"] as? [[String: Any]] ?? []).compactMap { $0["interval"] as? String } })
        }
        #expect(methods["top2"] == ["beta"])
        #expect(methods["mean"] == ["wald"])
        let json = directory.appendingPathComponent("report.json").path
        let made = try PackagePaths.voc(report + ["--ci", "beta", "--format", "json", "--out", json])
        try #require(made.exitCode == 0, "\(made.transcript)")
        let document = try self.json(String(contentsOfFile: json, encoding: .utf8))
        #expect(document["shareInterval"] as? String == "beta")
    }
}
