import SurveyStatistics
import Testing

/// A segment level without rows on a replicate design: its estimate is undefined in every replicate, which must
/// leave the other segments' SEs alone (R's `svyby` drops the empty group and runs `svrVar` per domain). Found by
/// the conformance suite (every domain SE was NaN when one level was empty).
@Suite("Replicate weights: an empty segment level")
struct ReplicateEmptyDomainTests {
    @Test func emptyLevelLeavesOtherSegmentsAlone() throws {
        let base = try ReferenceData.dclus1()
        let stype = try base.frame.categorical("stype")
        var frame = base.frame
        try frame.add("stype4", .categorical(CategoricalColumn(codes: stype.codes, levels: stype.levels + ["none"])))
        let replicates = try ReplicateWeights.jackknife(base.design, stratified: false)
        let estimator = SurveyEstimator(frame: frame, design: base.design.withReplicates(replicates))
        let by = try estimator.mean("api00", by: "stype4")
        try #require(by.count == 4)
        // svyby(~api00, ~stype, rclus1, svymean) (ReplicateTests.jk1)
        for (estimate, (value, se)) in zip(by, ReplicateTests.jk1.byStype) {
            expectRelative(estimate.estimate, value, ReplicateTests.estimateTolerance, "mean")
            expectRelative(estimate.se, se, ReplicateTests.seTolerance, "se \(estimate.segment ?? "")")
        }
        #expect(by[3].n == 0 && by[3].se.isNaN)
        let differences = try estimator.differences("api00", statistic: .mean, by: "stype4")
        #expect(differences.filter { $0.segmentB != "none" }.allSatisfy { $0.se.isFinite && $0.se > 0 })
        // A difference with the empty segment is undefined, its SE too (it was 0, and so "significant").
        #expect(differences.filter { $0.segmentB == "none" }.allSatisfy { $0.se.isNaN && $0.pValue.isNaN })
    }
}
