import Foundation
import SurveyTestSupport
import Testing

/// Replicate weights end to end (`--replicates`, `--repweights` with `--rep-type`): `voc estimate` on R's api
/// data equals R's `as.svrepdesign` and `svrepdesign` (figures from
/// `Tests/SurveyStatisticsTests/Reference/replicates.R`), post-stratification recalibrates every replicate, and
/// replicate columns that do not fit are refused with a located message and a non-zero exit.
@Suite struct ReplicateCLITests {
    static let reference = "Tests/SurveyStatisticsTests/Reference/"
    static let apiclus1 = reference + "apiclus1.csv"
    static let apibrr = reference + "apibrr.csv"

    let directory: URL

    init() throws {
        directory = try VocRunner.temporaryDirectory()
    }

    private func estimates(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try PackagePaths.voc(["estimate"] + arguments + ["--json"])
        #expect(result.exitCode == 0, "\(result.transcript)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["estimates"] as? [[String: Any]])
    }

    private func number(_ entry: [String: Any], _ key: String) -> Double {
        (entry[key] as? NSNumber)?.doubleValue ?? .nan
    }

    private func expectClose(_ actual: Double, _ expected: Double, _ tolerance: Double, _ label: String) {
        #expect(abs(actual / expected - 1) < tolerance, "\(label): \(actual) vs R \(expected)")
    }

    /// rclus1 <- as.svrepdesign(dclus1): svymean(~api00) 644.16939890710375 (SE 26.329360589527564),
    /// svytotal(~enroll) 3404940.1345291086 (SE 932235.0270412137).
    @Test func jackknifeFromTheDesignEqualsR() throws {
        let all = try estimates(
            [
                "--data", Self.apiclus1, "--weight", "pw", "--cluster", "dnum", "--fpc", "fpc", "--replicates", "jk1",
                "--var", "api00", "--var", "enroll", "--stat", "mean,total",
            ])
        let mean = try #require(all.first { $0["variable"] as? String == "api00" })
        expectClose(number(mean, "estimate"), 644.16939890710375, 1e-9, "mean")
        expectClose(number(mean, "se"), 26.329360589527564, 1e-7, "mean se")
        let total = try #require(
            all.first { $0["variable"] as? String == "enroll" && $0["statistic"] as? String == "total" })
        expectClose(number(total, "se"), 932235.0270412137, 1e-7, "total se")
    }

    /// postStratify(rclus1, ~stype, pop.types): svymean(~api00) 642.31078821158223 (SE 26.934535367426029):
    /// every replicate is post-stratified too.
    @Test func postStratificationRecalibratesEveryReplicate() throws {
        let margins = directory.appendingPathComponent("types.csv")
        try "variable,level,target\nstype,E,4421\nstype,H,755\nstype,M,1018\n".write(
            to: margins, atomically: true, encoding: .utf8)
        let all = try estimates(
            [
                "--data", Self.apiclus1, "--weight", "pw", "--cluster", "dnum", "--fpc", "fpc", "--replicates", "jk1",
                "--margins", margins.path, "--poststrat", "stype", "--var", "api00", "--stat", "mean",
            ])
        let mean = try #require(all.first)
        expectClose(number(mean, "estimate"), 642.31078821158223, 1e-9, "mean")
        expectClose(number(mean, "se"), 26.934535367426029, 1e-7, "mean se")
    }

    /// rake(rclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control = list(maxit = 100,
    /// epsilon = 1e-12)): svymean(~api00) 641.2303209268199 (SE 26.873980435467065): every replicate is raked.
    @Test func rakingRecalibratesEveryReplicate() throws {
        let margins = directory.appendingPathComponent("margins.csv")
        try "variable,level,target\nstype,E,4421\nstype,H,755\nstype,M,1018\nsch.wide,No,1072\nsch.wide,Yes,5122\n"
            .write(to: margins, atomically: true, encoding: .utf8)
        let all = try estimates(
            [
                "--data", Self.apiclus1, "--weight", "pw", "--cluster", "dnum", "--fpc", "fpc", "--replicates", "jk1",
                "--margins", margins.path, "--tol", "1e-13", "--max-iter", "200", "--var", "api00", "--stat", "mean",
            ])
        let mean = try #require(all.first)
        expectClose(number(mean, "estimate"), 641.2303209268199, 1e-9, "mean")
        expectClose(number(mean, "se"), 26.873980435467065, 1e-7, "mean se")
    }

    /// svyby(~I(awards == "Yes"), ~stype, kclus1, svyciprop, vartype = "ci", method = "beta" / "logit") on the
    /// raked JK1 design above: R drops the other segments' rows of a replicate design's subset, calibrated or not,
    /// so `nrow(design)` in the Korn–Graubard effective size is the segment's (voc used every row, as for a
    /// calibrated linearised design, and gave 0.1106–0.7544 for H).
    @Test func shareIntervalsInSegmentsOfARakedReplicateDesignEqualR() throws {
        let margins = directory.appendingPathComponent("margins.csv")
        try "variable,level,target\nstype,E,4421\nstype,H,755\nstype,M,1018\nsch.wide,No,1072\nsch.wide,Yes,5122\n"
            .write(to: margins, atomically: true, encoding: .utf8)
        let expected: [String: [(String, Double, Double, Double)]] = [
            "beta": [
                ("E", 0.74997624512283378, 0.67051690525306906, 0.81872888252541276),
                ("H", 0.39996875059103187, 0.12959406823351532, 0.72551046815235076),
                ("M", 0.46982644718358252, 0.25085935230196821, 0.69767385706373974),
            ],
            "logit": [
                ("E", 0.74997624512076011, 0.67090548335589606, 0.81527962033752466),
                ("H", 0.39996875059103187, 0.15028367342288149, 0.71528395729749095),
                ("M", 0.46982644718381106, 0.26291641736656701, 0.68765588356940144),
            ],
        ]
        for (method, rows) in expected {
            let all = try estimates(
                [
                    "--data", Self.apiclus1, "--weight", "pw", "--cluster", "dnum", "--fpc", "fpc", "--replicates",
                    "jk1", "--margins", margins.path, "--tol", "1e-13", "--max-iter", "200", "--var", "awards",
                    "--stat", "share", "--by", "stype", "--ci", method,
                ])
            for (segment, estimate, low, high) in rows {
                let entry = try #require(
                    all.first { $0["level"] as? String == "Yes" && $0["segment"] as? String == segment },
                    "\(method) \(segment)")
                expectClose(number(entry, "estimate"), estimate, 1e-9, "\(method) \(segment) estimate")
                expectClose(number(entry, "ci_low"), low, 1e-7, "\(method) \(segment) low")
                expectClose(number(entry, "ci_high"), high, 1e-7, "\(method) \(segment) high")
            }
        }
    }

    /// svrepdesign(repweights = "brr[0-9]+", weights = ~pw, type = "BRR") on apibrr.csv: svymean(~api00)
    /// 644.63687150837995 (SE 22.178351348125748); the same as as.svrepdesign(type = "BRR") from the design.
    @Test func suppliedAndMadeBalancedReplicatesEqualR() throws {
        let supplied = try estimates(
            [
                "--data", Self.apibrr, "--weight", "pw", "--repweights", "^brr[0-9]+$", "--rep-type", "brr",
                "--var", "api00", "--stat", "mean",
            ])
        let made = try estimates(
            [
                "--data", Self.apibrr, "--weight", "pw", "--strata", "pair", "--cluster", "dnum", "--replicates", "brr",
                "--var", "api00", "--stat", "mean",
            ])
        for (all, label) in [(supplied, "supplied"), (made, "made")] {
            let mean = try #require(all.first)
            expectClose(number(mean, "estimate"), 644.63687150837995, 1e-9, label)
            expectClose(number(mean, "se"), 22.178351348125748, 1e-7, "\(label) se")
        }
    }

    @Test func replicateColumnsThatDoNotFitAreRefused() throws {
        let bad = directory.appendingPathComponent("bad.csv")
        try "pw,api00,r1,r2,r3,r4\n1,10,2,0,2,0\n1,12,0,-2,0,2\n1,11,2,0,abc,2\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["--repweights", "^brr[1-7]$", "--rep-type", "brr"], "needs 2 or a multiple of 4 replicate columns"),
            (["--repweights", "^zzz", "--rep-type", "jk1"], "matches no column"),
        ]
        for (options, message) in cases {
            let result = try PackagePaths.voc(
                ["estimate", "--data", Self.apibrr, "--weight", "pw", "--var", "api00"] + options)
            #expect(result.exitCode != 0, "\(result.transcript)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let negative = try PackagePaths.voc(
            [
                "estimate", "--data", bad.path, "--weight", "pw", "--var", "api00", "--repweights", "^r[12]$",
                "--rep-type", "jk1",
            ])
        #expect(negative.exitCode != 0)
        #expect(negative.stderr.contains("bad.csv:3: error: replicate weight column 'r2'"), "\(negative.stderr)")
        let text = try PackagePaths.voc(
            [
                "estimate", "--data", bad.path, "--weight", "pw", "--var", "api00", "--repweights", "^r[34]$",
                "--rep-type", "jk1",
            ])
        #expect(text.exitCode != 0)
        #expect(text.stderr.contains("replicate weight column 'r3' is not numeric"), "\(text.stderr)")
        let stratified = try PackagePaths.voc(
            [
                "estimate", "--data", Self.apibrr, "--weight", "pw", "--strata", "pair", "--cluster", "dnum",
                "--replicates", "jk1", "--var", "api00",
            ])
        #expect(stratified.exitCode != 0)
        #expect(stratified.stderr.contains("jk1 needs an unstratified design"), "\(stratified.stderr)")
    }
}
