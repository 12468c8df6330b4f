import SurveyStatistics
import Testing

/// Domain design effects on a small hand-computed example (R `svyby(..., svymean, deff = TRUE)`: the domain
/// variance over the SRS variance of the domain mean, with the domain's n_d and W_d).
///
/// y = 1…6, weights 0.5, 1.5, 1, 1, 0.5, 1.5 (Σw = 6 = n), domains A = rows 1–3, B = rows 4–6, one stratum,
/// no clusters. Domain A: W = 3, ȳ = 6.5/3; z_i = w_i(y_i − ȳ)/W in A, 0 elsewhere;
/// V = 6/5·Σ(z − z̄)² = 0.146296…; s² = 3/2·Σ_A w(y − ȳ)²/W = 0.708333…; with replacement
/// deff = V/(s²/3) = 0.619607…. Domain B: ȳ = 15.5/3, V = 0.390740…, s² = 1.208333…, deff = 0.970114….
@Suite("Domain design effects")
struct DomainDeffTests {
    static func estimator(weightScale: Double) throws -> SurveyEstimator {
        var frame = SurveyFrame(rowCount: 6)
        try frame.add("y", .numeric([1, 2, 3, 4, 5, 6]))
        try frame.add("segment", .categorical(CategoricalColumn(labels: ["A", "A", "A", "B", "B", "B"])))
        let weights = [0.5, 1.5, 1, 1, 0.5, 1.5].map { $0 * weightScale }
        return SurveyEstimator(frame: frame, design: try SurveyDesign(rowCount: 6, weights: weights))
    }

    @Test func weightsScaledToTheSampleSizeUseTheWithReplacementReference() throws {
        let estimator = try Self.estimator(weightScale: 1)
        #expect(!estimator.weightsArePopulationScaled)
        let means = try estimator.mean("y", by: "segment")
        let expectedVariance = [0.14629629629629629, 0.3907407407407407]
        let expectedDeff = [0.6196078431372548, 0.9701149425287354]
        for (index, mean) in means.enumerated() {
            #expect(isClose(mean.se * mean.se, expectedVariance[index]), "variance")
            #expect(isClose(mean.deff, expectedDeff[index]), "deff")
            #expect(isClose(mean.deffReplace, expectedDeff[index]), "deff replace")
        }
        // Overall (Σw = n): R's without-replacement deff would be NA; the with-replacement one is finite.
        let overall = try estimator.mean("y")
        #expect(overall[0].deff.isFinite && overall[0].deff > 0)
    }

    @Test func expansionWeightsUseTheDomainFPC() throws {
        // Weights × 10: W_A = 30, n_A = 3, reference s²·(W − n)/(W·n) = s²·0.3 (R's default deff).
        let estimator = try Self.estimator(weightScale: 10)
        #expect(estimator.weightsArePopulationScaled)
        let means = try estimator.mean("y", by: "segment")
        #expect(isClose(means[0].deff, 0.14629629629629629 / (0.7083333333333334 * 0.3)), "deff A")
        #expect(isClose(means[1].deff, 0.3907407407407407 / (1.2083333333333335 * 0.3)), "deff B")
        #expect(isClose(means[0].deffReplace, 0.6196078431372548), "deff replace A")
    }
}
