import SurveyStatistics
import Testing

@Suite("Design variance: lonely PSUs, two stages, quantiles, Rao-Scott")
struct DesignVarianceTests {
    /// Three strata; stratum "c" has one PSU.
    private func lonelyEstimator(_ option: LonelyPSU) throws -> SurveyEstimator {
        let frame = try SurveyFrame(columns: [
            ("y", .numeric([1, 3, 2, 6, 10])),
            ("h", .categorical(CategoricalColumn(labels: ["a", "a", "b", "b", "c"]))),
        ])
        let design = try SurveyDesign(frame: frame, strata: "h", lonelyPSU: option)
        return SurveyEstimator(frame: frame, design: design)
    }

    @Test func lonelyPSUOptions() throws {
        #expect(throws: DesignError.lonelyPSU(stratum: "c", stage: 1)) { _ = try lonelyEstimator(.fail).total("y") }
        // Totals: z = y. Stratum a: (1 − 2)² + (3 − 2)² = 2, ×2 = 4; stratum b: 8 × 2 = 16.
        let removed = try lonelyEstimator(.remove).total("y")[0]
        expectRelative(removed.se * removed.se, 20, 1e-12, "remove")
        let certainty = try lonelyEstimator(.certainty).total("y")[0]
        expectRelative(certainty.se * certainty.se, 20, 1e-12, "certainty")
        let average = try lonelyEstimator(.average).total("y")[0]
        expectRelative(average.se * average.se, 20 * 3.0 / 2.0, 1e-12, "average")
        // adjust: the lonely PSU total is not centred (R's onestrat): 10² is added. R: options(survey.lonely.psu =
        // "adjust"); SE(svytotal(~y, svydesign(ids = ~1, strata = ~h, data = data.frame(y = c(1, 3, 2, 6, 10),
        // h = c("a", "a", "b", "b", "c"))))) = sqrt(120) = 10.954451150103322.
        let adjusted = try lonelyEstimator(.adjust).total("y")[0]
        expectRelative(adjusted.se * adjusted.se, 20 + 10 * 10, 1e-12, "adjust")
        #expect(try lonelyEstimator(.remove).design.degreesOfFreedom == 2)
    }

    @Test func twoStageVarianceAddsWithinPSUTermScaledBySamplingFraction() throws {
        // 2 PSUs sampled of 10; within each, 2 SSUs of 5; one row per SSU.
        let frame = try SurveyFrame(columns: [
            ("y", .numeric([1, 2, 4, 7])),
            ("psu", .categorical(CategoricalColumn(labels: ["p1", "p1", "p2", "p2"]))),
            ("ssu", .categorical(CategoricalColumn(labels: ["s1", "s2", "s1", "s2"]))),
            ("N1", .numeric([10, 10, 10, 10])), ("N2", .numeric([5, 5, 5, 5])),
        ])
        let design = try SurveyDesign(frame: frame, clusters: ["psu", "ssu"], fpc: ["N1", "N2"])
        // Weights from the fpc: (10/2)·(5/2) = 12.5.
        #expect(design.weights == [12.5, 12.5, 12.5, 12.5])
        let total = try SurveyEstimator(frame: frame, design: design).total("y")[0]
        let z = [1.0, 2, 4, 7].map { $0 * 12.5 }
        let psuTotals = [z[0] + z[1], z[2] + z[3]]
        let center = (psuTotals[0] + psuTotals[1]) / 2
        let stage1 = (1 - 0.2) * 2 * psuTotals.map { ($0 - center) * ($0 - center) }.reduce(0, +)
        func within(_ a: Double, _ b: Double) -> Double {
            let mean = (a + b) / 2
            return (1 - 0.4) * 2 * ((a - mean) * (a - mean) + (b - mean) * (b - mean))
        }
        let stage2 = 0.2 * (within(z[0], z[1]) + within(z[2], z[3]))
        expectRelative(total.se * total.se, stage1 + stage2, 1e-12, "two-stage variance")
        #expect(design.degreesOfFreedom == 1)
    }

    @Test func fpcAsSamplingFractionsEqualsPopulationCounts() throws {
        let frame = try SurveyFrame(columns: [
            ("y", .numeric([1, 5, 2, 8])), ("N", .numeric([40, 40, 40, 40])), ("f", .numeric([0.1, 0.1, 0.1, 0.1])),
        ])
        let counts = try SurveyEstimator(frame: frame, design: SurveyDesign(frame: frame, fpc: ["N"])).mean("y")[0]
        let fractions = try SurveyEstimator(frame: frame, design: SurveyDesign(frame: frame, fpc: ["f"])).mean("y")[0]
        expectRelative(fractions.se, counts.se, 1e-12, "fpc forms")
        let squares: Double = [1.0, 5, 2, 8].map { (value: Double) -> Double in (value - 4) * (value - 4) / 16 }
            .reduce(0, +)
        let expected: Double = 0.9 * 4.0 / 3.0 * squares
        expectRelative(counts.se * counts.se, expected, 1e-12, "srswor variance of a mean")
    }

    @Test func quantilesUseTheInverseWeightedCDF() throws {
        let values = (1...10).map(Double.init)
        let frame = try SurveyFrame(columns: [("y", .numeric(values))])
        let estimator = SurveyEstimator(frame: frame, design: try SurveyDesign(weights: Array(repeating: 1, count: 10)))
        let quartiles = try estimator.quantiles("y")
        #expect(quartiles.map(\.estimate) == [3, 5, 8])
        #expect(quartiles.map(\.level) == ["0.25", "0.5", "0.75"])
        // Woodruff intervals as R's svyquantile(~y, svydesign(ids = ~1, weights = ~w), ci = TRUE): an end whose
        // probability F ± t·SE leaves [0, 1] is NaN, and so is the SE then.
        #expect(quartiles[0].ciLow.isNaN && quartiles[0].ciHigh == 7 && quartiles[0].se.isNaN)
        #expect(quartiles[1].ciLow == 2 && quartiles[1].ciHigh == 9)
        expectRelative(quartiles[1].se, 1.547196, 1e-6, "median se")
        #expect(quartiles[2].ciLow == 5 && quartiles[2].ciHigh.isNaN)
    }

    @Test func raoScottOnASimpleRandomSampleIsPearsonOverNOverNMinusOne() throws {
        let rows: [String?] = Array(repeating: "a", count: 30) + Array(repeating: "b", count: 20)
        let answers: [String?] = (0..<50).map { index in ["x", "y", "z"][(index * 7 + index / 9) % 3] }
        let frame = try SurveyFrame(columns: [
            ("segment", .categorical(CategoricalColumn(labels: rows))),
            ("answer", .categorical(CategoricalColumn(labels: answers))),
        ])
        let estimator = SurveyEstimator(frame: frame, design: try SurveyDesign(weights: Array(repeating: 1, count: 50)))
        let test = try estimator.raoScott("answer", by: "segment")
        // Pearson X² by hand.
        var table = [[Double]](repeating: [0, 0, 0], count: 2)
        for index in 0..<50 {
            table[rows[index] == "a" ? 0 : 1][["x", "y", "z"].firstIndex(of: answers[index]!)!] += 1
        }
        var pearson = 0.0
        for r in 0..<2 {
            for c in 0..<3 {
                let expected = table[r].reduce(0, +) * (table[0][c] + table[1][c]) / 50
                pearson += (table[r][c] - expected) * (table[r][c] - expected) / expected
            }
        }
        expectRelative(test.pearson, pearson, 1e-10, "X²")
        expectRelative(test.meanDesignEffect, 50.0 / 49.0, 1e-9, "mean generalised deff")
        expectRelative(test.numeratorDF, 2, 1e-9, "d0")
        expectRelative(test.f, pearson / (2 * 50.0 / 49.0), 1e-9, "F")
        expectRelative(test.denominatorDF, 2 * 49, 1e-9, "ddf")
        #expect(test.pValue > 0 && test.pValue < 1)
        expectRelative(test.firstOrderPValue, ChiSquared.survival(test.firstOrderChiSquare, df: 2), 1e-12, "p")
    }
}
