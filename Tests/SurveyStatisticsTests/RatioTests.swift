import SurveyStatistics
import Testing

/// The ratio of two totals (`SurveyEstimator.ratio`) against R's `svyratio` (survey 4.1.1) on the api data:
/// `svyratio(~api00, ~api99, design)` on dstrat (also by stype, and with three api00 values missing), on dclus1
/// and on its JK1 replicates.
@Suite("Ratio estimator: as R's svyratio")
struct RatioTests {
    static let estimateTolerance = 1e-9
    static let seTolerance = 1e-7

    func expectRatio(_ estimate: Estimate, _ value: Double, _ se: Double, _ label: String) {
        expectRelative(estimate.estimate, value, Self.estimateTolerance, label)
        expectRelative(estimate.se, se, Self.seTolerance, "\(label) se")
    }

    @Test func stratifiedDesign() throws {
        let estimator = try ReferenceData.dstrat()
        let ratio = try #require(try estimator.ratio("api00", to: "api99").first)
        expectRatio(ratio, 1.0522605462182486, 0.0036439222308434693, "dstrat")
        #expect(ratio.statistic == "ratio" && ratio.n == 200)
        // svyby(~api00, ~stype, dstrat, svyratio, denominator = ~api99)
        let bySegment = try estimator.ratio("api00", to: "api99", by: "stype")
        try #require(bySegment.count == 3)
        let r = [
            (1.060641326057213, 0.0049264825825194158), (1.0137035117273552, 0.0054125891529219258),
            (1.0432645034414947, 0.0051641898526182855),
        ]
        for (estimate, (value, se)) in zip(bySegment, r) { expectRatio(estimate, value, se, estimate.segment ?? "") }
    }

    /// svyratio(..., na.rm = TRUE) with api00 missing in rows 3, 10 and 50: those rows leave both totals.
    @Test func missingValuesLeaveBothTotals() throws {
        let base = try ReferenceData.dstrat()
        var y = try base.frame.numeric("api00")
        for row in [2, 9, 49] { y[row] = .nan }
        var frame = base.frame
        try frame.add("api00.na", .numeric(y))
        let estimator = SurveyEstimator(frame: frame, design: base.design)
        let ratio = try #require(try estimator.ratio("api00.na", to: "api99").first)
        expectRatio(ratio, 1.0530901296848134, 0.0036821204833745115, "with missing")
        #expect(ratio.n == 197)
    }

    @Test func clusterDesignAndReplicates() throws {
        let estimator = try ReferenceData.dclus1()
        expectRatio(try estimator.ratio("api00", to: "api99")[0], 1.061272810752901, 0.0062308312166094101, "dclus1")
        let replicates = try ReplicateWeights.jackknife(estimator.design, stratified: false)
        let replicated = SurveyEstimator(frame: estimator.frame, design: estimator.design.withReplicates(replicates))
        expectRatio(try replicated.ratio("api00", to: "api99")[0], 1.061272810752901, 0.0064387738506979861, "rclus1")
    }
}
