import Testing
@testable import SurveyStatistics

/// docs/methods.md §3 worked examples T7–T10 and the scipy figures printed by verify_examples.py.
@Suite("Significance")
struct SignificanceTests {
    @Test(arguments: [
        (ProportionTests.Variance.pooled, 2.3030, 0.0213),
        (ProportionTests.Variance.unpooled, 2.3453, 0.0190),
    ])
    func twoProportionZ(variance: ProportionTests.Variance, z: Double, p: Double) {
        let result = ProportionTests.twoProportionZ(
            successes1: 84, n1: 200, successes2: 45, n2: 150,
            variance: variance)
        #expect(isClose(result.statistic, printed: z, digits: 4))
        #expect(isClose(result.pValue, printed: p, digits: 4))
    }

    /// T7: A = 84/200, B = 45/150, C = 60/150 (a third column, so Bonferroni covers 3 pairs).
    @Test func bannerLettersWithAndWithoutCorrection() {
        let columns = [
            BannerSignificance.Column(letter: "A", estimate: 84.0 / 200, effectiveBase: 200),
            BannerSignificance.Column(letter: "B", estimate: 45.0 / 150, effectiveBase: 150),
            BannerSignificance.Column(letter: "C", estimate: 55.0 / 150, effectiveBase: 150),
        ]
        let plain = BannerSignificance.compare(columns, options: .init(lowConfidence: nil))
        #expect(plain.cells[0].letters == "B")
        let bonferroni = BannerSignificance.compare(
            columns,
            options: .init(
                lowConfidence: nil,
                correction: .bonferroni))
        #expect(bonferroni.cells[0].letters == "")
        #expect(isClose(bonferroni.tests[0].adjustedPValue, 3 * plain.tests[0].result.pValue))
        // p = 0.0213 < 0.10/3: still a lowercase letter at 90% after Bonferroni.
        let lowercase = BannerSignificance.compare(columns, options: .init(correction: .bonferroni))
        #expect(lowercase.cells[0].letters == "b")
    }

    @Test func bannerSmallBasesAreFlaggedAndNotTested() {
        let columns = [
            BannerSignificance.Column(letter: "A", estimate: 0.9, effectiveBase: 29.5),
            BannerSignificance.Column(letter: "B", estimate: 0.1, effectiveBase: 400),
            BannerSignificance.Column(letter: "C", estimate: 0.5, standardError: 0.02, effectiveBase: 300),
        ]
        let result = BannerSignificance.compare(columns)
        #expect(result.cells[0].smallBase && result.cells[0].letters.isEmpty)
        #expect(result.tests.count == 1)
        #expect(result.cells[2].letters == "B")
    }

    @Test func benjaminiHochbergAndBonferroniMatchRPAdjust() {
        let p = [0.01, 0.04, 0.03, 0.005, .nan]
        let bh = MultipleComparisonCorrection.benjaminiHochberg.adjust(p)
        for (a, b) in zip(bh.prefix(4), [0.02, 0.04, 0.04, 0.02]) { #expect(isClose(a, b)) }
        #expect(bh[4].isNaN)
        let bonferroni = MultipleComparisonCorrection.bonferroni.adjust(p)
        for (a, b) in zip(bonferroni.prefix(4), [0.04, 0.16, 0.12, 0.02]) { #expect(isClose(a, b)) }
    }

    /// T8.
    @Test func kishEffectiveSampleSize() throws {
        let w = [1, 1, 1, 1, 2, 2, 0.5, 0.5]
        #expect(isClose(Kish.effectiveSampleSize(w), 6.48))
        #expect(isClose(Kish.designEffect(w), 1.2345679012345678))
        let (p, se) = try Kish.weightedProportion([1, 0, 1, 1, 0, 1, 0, 1], weights: w)
        #expect(isClose(p, 0.6111111111111112))
        #expect(isClose(se, 0.19150730935171073))
    }

    /// T9.
    @Test func spearmanAndKendall() throws {
        let older: [Double] = [1, 2, 3, 4, 5]
        let younger: [Double] = [2, 4, 5, 1, 3]
        #expect(isClose(try RankCorrelation.spearman(older, younger), -0.1))
        #expect(abs(try RankCorrelation.kendallTauB(older, younger)) < 1e-15)
        // Ties: scipy.stats.kendalltau([1,2,2,3],[1,3,2,2]) = 0.4 (tau-b), spearmanr = 0.5.
        #expect(isClose(try RankCorrelation.kendallTauB([1, 2, 2, 3], [1, 3, 2, 2]), 0.4))
        #expect(isClose(try RankCorrelation.spearman([1, 2, 2, 3], [1, 3, 2, 2]), 0.5))
    }

    /// T10.
    @Test func friedmanAndKendallW() throws {
        let result = try FriedmanTest.test([[1, 2, 3], [1, 3, 2], [2, 1, 3], [1, 2, 3]])
        #expect(allClose(result.rankSums, [5, 8, 11]))
        #expect(isClose(result.statistic, 4.5))
        #expect(isClose(result.pValue, 0.10539922456186433))
        #expect(isClose(result.kendallW, 0.5625))
    }

    /// scipy.stats.mannwhitneyu([1,1,2,1,3,1],[3,2,4,2,5,3]) → U 4.0, p 0.025539329184698787.
    @Test func mannWhitney() throws {
        let result = try MannWhitneyTest.test([1, 1, 2, 1, 3, 1], [3, 2, 4, 2, 5, 3])
        #expect(isClose(result.u, 4))
        #expect(isClose(result.pValue, 0.025539329184698787, relative: 1e-10))
    }

    /// docs/methods.md §3.1: Welch t on individual stdBW, t 3.7867789289168376, df 6.94969001610695, p 0.006923810644495178.
    @Test func welch() throws {
        let result = try WelchTTest.test([0.67, 1.0, 0.33, 1.0], [-0.33, 0, 0.33, -0.67, 0])
        #expect(isClose(result.statistic, 3.7867789289168376, relative: 1e-12))
        #expect(isClose(result.degreesOfFreedom, 6.94969001610695, relative: 1e-12))
        #expect(isClose(result.pValue, 0.006923810644495178, relative: 1e-9))
    }

    @Test func welchRejectsTooSmallGroups() {
        #expect(throws: StatisticsError.self) { try WelchTTest.test([1], [1, 2]) }
    }

    @Test func permutationTestDetectsSwappedOrder() throws {
        var generator = SeededGenerator(seed: 7)
        var scores: [[Double]] = []
        var segments: [Int] = []
        let meansA: [Double] = [4.5, 4.0, 3.5, 3.0, 2.5, 2.0]
        let meansB: [Double] = [2.0, 2.5, 3.0, 3.5, 4.0, 4.5]
        for r in 0..<200 {
            let means = r % 2 == 0 ? meansA : meansB
            scores.append(means.map { $0 + generator.nextGaussian() })
            segments.append(r % 2)
        }
        let differ = try PriorityOrderPermutationTest.test(
            scores: scores, segments: segments, first: 0, second: 1,
            permutations: 199, seed: 11)
        #expect(differ.observedSpearman < -0.9)
        #expect(differ.pValue <= 0.01)
        let same = try PriorityOrderPermutationTest.test(
            scores: scores,
            segments: segments.map { _ in 0 }
                .enumerated().map { $0.offset % 4 < 2 ? 0 : 1 }, first: 0, second: 1, permutations: 99, seed: 11)
        #expect(same.pValue > 0.01)
        let again = try PriorityOrderPermutationTest.test(
            scores: scores, segments: segments, first: 0, second: 1,
            permutations: 199, seed: 11)
        #expect(again == differ)
        let kendall = try PriorityOrderPermutationTest.test(
            scores: scores, segments: segments, first: 0, second: 1,
            permutations: 99, statistic: .kendall, seed: 11)
        #expect(kendall.observedKendall < -0.8 && kendall.pValue <= 0.01)
    }
}

extension SignificanceTests {
    @Test func bannerColumnVersusRest() {
        let columns = [
            BannerSignificance.Column(letter: "A", estimate: 84.0 / 200, effectiveBase: 200),
            BannerSignificance.Column(letter: "B", estimate: 45.0 / 150, effectiveBase: 150),
            BannerSignificance.Column(letter: "C", estimate: 0.9, effectiveBase: 10),
        ]
        let result = BannerSignificance.compareWithRest(columns, options: .init(lowConfidence: nil))
        // Without C (small base), A against the rest is A against B: pooled z 2.3030.
        #expect(isClose(result[0].result?.statistic ?? .nan, printed: 2.3030, digits: 4))
        #expect(result[0].direction == .higher && result[0].atHighConfidence)
        #expect(result[1].direction == .lower)
        #expect(result[2].smallBase && result[2].direction == nil)
    }
}

extension SignificanceTests {
    /// scipy.stats.friedmanchisquare on rows with ties: Q 2.1111111111111174, p 0.3479990407922542.
    @Test func friedmanTieCorrection() throws {
        let result = try FriedmanTest.test([[3, 4, 4], [2, 5, 3], [4, 2, 5], [1, 1, 3], [5, 4, 4.5]])
        #expect(isClose(result.statistic, 2.1111111111111174))
        #expect(isClose(result.pValue, 0.3479990407922542, relative: 1e-12))
        #expect(isClose(result.kendallW, result.statistic / (5 * 2)))
    }
}

extension SignificanceTests {
    @Test func rankCorrelationsSkipIncompletePairs() throws {
        let x: [Double] = [1, 2, .nan, 3, 4, 5]
        let y: [Double] = [2, 4, 1, 5, 1, 3]
        #expect(
            isClose(
                try RankCorrelation.spearman(x, y),
                try RankCorrelation.spearman(
                    [1, 2, 3, 4, 5],
                    [2, 4, 5, 1, 3])))
        #expect(abs(try RankCorrelation.kendallTauB(x, y)) < 1e-15)
    }
}
