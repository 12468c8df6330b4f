import SurveyStatistics
import Testing

/// The design-based Wald test across segments on the R survey example designs (api data).
@Suite("Domain equality (Wald) and the needs analysis on a clustered design")
struct DomainEqualityTests {
    /// With two segments the Wald F equals the square of the design-based t of the difference, and it uses the
    /// covariance between segments that share PSUs (dclus1).
    @Test(arguments: ["dstrat", "dclus1"]) func twoSegmentWaldIsTheSquaredDifferenceT(name: String) throws {
        let estimator = name == "dstrat" ? try ReferenceData.dstrat() : try ReferenceData.dclus1()
        let y = try estimator.frame.numeric("api00")
        let segment = try estimator.frame.categorical("stype")
        // Keep two segments (E and M) by blanking H.
        let h = Int32(segment.levels.firstIndex(of: "H")!)
        let values = zip(y, segment.codes).map { $1 == h ? Double.nan : $0 }
        let means = try estimator.domainMeans(values, variable: "api00", statistic: "mean", by: "stype")
        let include = means.estimates.map { $0.n > 0 }
        let test = try #require(
            DomainEqualityTest.wald(
                estimates: means.estimates.map(\.estimate), covariance: means.covariance, include: include,
                designDF: estimator.design.degreesOfFreedom))
        let difference = try estimator.differences("api00", statistic: .mean, by: "stype")
            .first { $0.segmentA == "E" && $0.segmentB == "M" }!
        expectRelative(test.f, difference.tStatistic * difference.tStatistic, 1e-9, "F = t²")
        expectRelative(test.pValue, difference.pValue, 1e-7, "p")
        #expect(test.numeratorDF == 1)
        #expect(test.segments == 2)
    }

    @Test func waldNeedsTwoSegmentsAndANonSingularCovariance() {
        #expect(
            DomainEqualityTest.wald(
                estimates: [1, 2], covariance: [1, 0, 0, 1], include: [true, false],
                designDF: 10) == nil)
        #expect(
            DomainEqualityTest.wald(
                estimates: [1, 2], covariance: [0, 0, 0, 0], include: [true, true],
                designDF: 10) == nil)
        let test = DomainEqualityTest.wald(
            estimates: [1, 2, 4], covariance: [1, 0, 0, 0, 1, 0, 0, 0, 1],
            include: [true, true, true], designDF: 0)!
        // Independent unit variances: W = Σ(θ − θ̄)² = 4.6667 on 2 df (χ² when the design df is 0).
        expectRelative(test.chiSquare, 14.0 / 3, 1e-12, "W")
        expectRelative(test.pValue, 0.09697196786440505, 1e-9, "p")
    }

    /// The needs analysis on the clustered api design gives the design-based domain estimates of `mean` (same
    /// estimates and SEs as `SurveyEstimator.mean`, which matches R's svyby), not SRS ones.
    @Test func needsAnalysisUsesTheDesign() throws {
        let base = try ReferenceData.dclus1()
        var frame = base.frame
        for (need, source) in [("a", "api00"), ("b", "api99"), ("c", "enroll")] {
            let values = try frame.numeric(source).map { min(5, max(1, ($0 / 200).rounded(.up))) }
            try frame.add("imp.\(need)", .numeric(values))
        }
        let estimator = SurveyEstimator(frame: frame, design: base.design)
        let battery = NeedBattery(
            id: "imp", kind: .importance(scale: 1...5, performance: nil),
            needs: ["a", "b", "c"].map { NeedBattery.Need(code: $0, label: $0) })
        var options = NeedsAnalysis.Options()
        options.permutations = 0
        options.minimumEffectiveBase = 5
        let report = try NeedsAnalysis.run(
            estimator: estimator, segment: "stype", batteries: [battery],
            options: options)
        #expect(report.segments.map(\.label) == ["E", "H", "M"])
        let measure = try #require(report.batteries[0].measures.first { $0.need == 0 && $0.statistic == "mean" })
        let direct = try estimator.mean("imp.a", by: "stype")
        for (got, expected) in zip(measure.estimates, direct) {
            expectRelative(got.estimate, expected.estimate, 1e-12, "estimate")
            expectRelative(got.se, expected.se, 1e-12, "se")
        }
        #expect(report.batteries[0].classification?.results.count == 3)
        #expect(report.batteries[0].concordance.count == 3)
    }
}
