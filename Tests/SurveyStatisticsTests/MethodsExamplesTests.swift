import SurveyStatistics
import Testing

/// Worked examples of docs/methods.md (§3.1, §6.1, test cases T7, T8, T13).
///
/// docs/methods.md uses the simple-random-sampling formulas Var = p(1 − p)/n (population variance over n). The design
/// estimator for a simple random sample with replacement uses n/(n − 1)·Σz², i.e. the same variance times
/// N/(N − 1) with N the number of rows in the design; the tests undo that factor explicitly.
@Suite("methods.md worked examples")
struct MethodsExamplesTests {
    /// A frame of n rows with the given NPS answers (10 = promoter, 8 = passive, 0 = detractor) and a segment.
    private func npsFrame(
        _ groups: [(segment: String, promoters: Int, passives: Int, detractors: Int)]
    ) throws
        -> SurveyEstimator
    {
        var answers: [Double] = []
        var segments: [String?] = []
        for group in groups {
            for (count, value) in [(group.promoters, 10.0), (group.passives, 8.0), (group.detractors, 0.0)] {
                answers += Array(repeating: value, count: count)
                segments += Array(repeating: group.segment, count: count)
            }
        }
        let frame = try SurveyFrame(columns: [
            ("nps", .numeric(answers)),
            ("wave", .categorical(CategoricalColumn(labels: segments))),
        ])
        return SurveyEstimator(
            frame: frame, design: try SurveyDesign(weights: Array(repeating: 1, count: answers.count)))
    }

    @Test func t13NetPromoterScoreAndSE() throws {
        let estimate = try npsFrame([("1", 100, 60, 40)]).nps("nps")[0]
        expectRelative(estimate.estimate, 30, 1e-12, "NPS")
        // Per-respondent variance 0.61: methods SE = 100·√(0.61/200) = 5.523.
        let methodsSE = estimate.se * (199.0 / 200.0).squareRoot()
        expectRelative(methodsSE, 100 * (0.61 / 200).squareRoot(), 1e-12, "SE")
        #expect(abs(methodsSE - 5.523) < 0.0005)
        let z = 1.959963984540054
        #expect(abs((30 - z * methodsSE) - 19.18) < 0.005 && abs((30 + z * methodsSE) - 40.82) < 0.005)
    }

    @Test func t13BalancedScoresGiveZero() throws {
        let frame = try SurveyFrame(columns: [("nps", .numeric([10, 9, 8, 7, 6, 0]))])
        let estimator = SurveyEstimator(frame: frame, design: try SurveyDesign(weights: Array(repeating: 1, count: 6)))
        #expect(abs(try estimator.nps("nps")[0].estimate) < 1e-12)
    }

    @Test func t13DifferenceBetweenWaves() throws {
        let estimator = try npsFrame([("1", 100, 60, 40), ("2", 90, 70, 60)])
        let waves = try estimator.nps("nps", by: "wave")
        #expect(abs(waves[1].estimate - 13.636) < 0.0005)
        #expect(abs(waves[1].se * (419.0 / 420.0).squareRoot() - 5.491) < 0.0005)
        let difference = try estimator.differences("nps", statistic: .nps, by: "wave")[0]
        expectRelative(difference.difference, 30 - 1500.0 / 110.0, 1e-12, "difference")
        // Disjoint segments: Cov = 0, so z_methods = z_design·√(N/(N − 1)) with N = 420.
        #expect(abs(difference.tStatistic * (420.0 / 419.0).squareRoot() - 2.101) < 0.0005)
    }

    @Test func t7ShareDifferenceMatchesUnpooledZ() throws {
        var answers: [String?] = []
        var segments: [String?] = []
        for (segment, yes, n) in [("A", 84, 200), ("B", 45, 150)] {
            answers += Array(repeating: "yes", count: yes) + Array(repeating: "no", count: n - yes)
            segments += Array(repeating: segment, count: n)
        }
        let frame = try SurveyFrame(columns: [
            ("answer", .categorical(CategoricalColumn(labels: answers))),
            ("column", .categorical(CategoricalColumn(labels: segments))),
        ])
        let estimator = SurveyEstimator(
            frame: frame, design: try SurveyDesign(weights: Array(repeating: 1, count: 350)))
        let difference = try estimator.differences("answer", statistic: .share(level: "yes"), by: "column")[0]
        expectRelative(difference.difference, 0.12, 1e-12, "difference")
        #expect(abs(difference.tStatistic * (350.0 / 349.0).squareRoot() - 2.3453) < 0.00005)
    }

    @Test func section31WeightedProportionAndKish() throws {
        let frame = try SurveyFrame(columns: [("y", .numeric([1, 0, 1, 1, 0, 1, 0, 1]))])
        let weights = [1, 1, 1, 1, 2, 2, 0.5, 0.5]
        let estimator = SurveyEstimator(frame: frame, design: try SurveyDesign(weights: weights))
        let share = try estimator.mean("y")[0]
        #expect(abs(share.estimate - 0.6111) < 0.00005)
        #expect(abs(share.nEff - 6.48) < 0.005)
        let summary = WeightSummary(weights)
        #expect(abs(summary.kishDeff - 1.2346) < 0.00005)
        expectRelative(summary.kishDeff, 1 + summary.cv * summary.cv, 1e-12, "deff = 1 + CV²")
        // The Kish approximation of docs/methods.md §3.1: SE = √(p(1 − p)/n_eff) = 0.1915.
        #expect(abs((share.estimate * (1 - share.estimate) / share.nEff).squareRoot() - 0.1915) < 0.00005)
    }
}
