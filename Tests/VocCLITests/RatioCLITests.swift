import Foundation
import SurveyTestSupport
import Testing

/// `voc estimate --ratio NUM/DEN`: the ratio of two totals as R's `svyratio` (figures of `RatioTests`, survey 4.1.1),
/// on the stratified api sample, by segment and on JK1 replicates of the cluster sample; a variable that is not
/// numeric, or a ratio not written NUM/DEN, is refused.
@Suite struct RatioCLITests {
    static let reference = "Tests/SurveyStatisticsTests/Reference/"
    static let stratified = [
        "--data", reference + "apistrat.csv", "--weight", "pw", "--strata", "stype", "--fpc", "fpc",
    ]

    func estimates(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try PackagePaths.voc(["estimate"] + arguments + ["--json"])
        #expect(result.exitCode == 0, "\(result.transcript)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["estimates"] as? [[String: Any]])
    }

    func expectRatio(_ entry: [String: Any], _ value: Double, _ se: Double, _ label: String) {
        let (estimate, error) = ((entry["estimate"] as? Double) ?? .nan, (entry["se"] as? Double) ?? .nan)
        #expect(abs(estimate / value - 1) < 1e-9, "\(label): \(estimate) vs R \(value)")
        #expect(abs(error / se - 1) < 1e-7, "\(label) se: \(error) vs R \(se)")
        #expect(entry["variable"] as? String == "api00/api99" && entry["statistic"] as? String == "ratio")
    }

    /// svyratio(~api00, ~api99, dstrat) and svyby(~api00, ~stype, dstrat, svyratio, denominator = ~api99).
    @Test func ratiosEqualR() throws {
        let overall = try estimates(Self.stratified + ["--ratio", "api00/api99"])
        try #require(overall.count == 1)
        expectRatio(overall[0], 1.0522605462182486, 0.0036439222308434693, "dstrat")
        let bySegment = try estimates(Self.stratified + ["--ratio", "api00/api99", "--by", "stype"])
        try #require(bySegment.count == 3)
        let r = [
            ("E", 1.060641326057213, 0.0049264825825194158), ("H", 1.0137035117273552, 0.0054125891529219258),
            ("M", 1.0432645034414947, 0.0051641898526182855),
        ]
        for (entry, (segment, value, se)) in zip(bySegment, r) {
            #expect(entry["segment"] as? String == segment)
            expectRatio(entry, value, se, segment)
        }
        // svyratio(~api00, ~api99, as.svrepdesign(dclus1)): the ratio on every JK1 replicate.
        let replicated = try estimates(
            [
                "--data", Self.reference + "apiclus1.csv", "--weight", "pw", "--cluster", "dnum", "--fpc", "fpc",
                "--replicates", "jk1", "--ratio", "api00/api99",
            ])
        try #require(replicated.count == 1)
        expectRatio(replicated[0], 1.061272810752901, 0.0064387738506979861, "rclus1")
    }

    @Test func aRatioOfTextOrWithoutASlashIsRefused() throws {
        let text = try PackagePaths.voc(["estimate"] + Self.stratified + ["--ratio", "api00/stype"])
        #expect(text.exitCode == 1)
        #expect(
            text.stderr.hasPrefix(
                Self.reference + "apistrat.csv: error: --ratio api00/stype: 'stype' is not a numeric variable"),
            "\(text.stderr)")
        let malformed = try PackagePaths.voc(["estimate"] + Self.stratified + ["--ratio", "api00"])
        #expect(malformed.exitCode == 2)
        #expect(
            malformed.stderr.hasPrefix("Error: --ratio takes two variables as NUM/DEN, e.g. --ratio revenue/employees"),
            "\(malformed.stderr)")
    }
}
