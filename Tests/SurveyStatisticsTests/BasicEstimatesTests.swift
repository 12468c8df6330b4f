import SurveyStatistics
import Testing

@Suite("R survey: basic estimates (basic_estimates.json, deff.json)")
struct BasicEstimatesTests {
    static let designs = ["dstrat", "dclus1"]

    private func estimator(_ name: String) throws -> SurveyEstimator {
        name == "dstrat" ? try ReferenceData.dstrat() : try ReferenceData.dclus1()
    }

    @Test(arguments: designs) func designFacts(name: String) throws {
        let reference = try ReferenceData.json("basic_estimates.json")
        let estimator = try estimator(name)
        #expect(Double(estimator.design.rowCount) == ReferenceData.number(reference, name, "n"))
        #expect(Double(estimator.design.degreesOfFreedom) == ReferenceData.number(reference, name, "degf"))
        expectRelative(
            estimator.design.weights.reduce(0, +), ReferenceData.number(reference, name, "sum_weights"),
            estimateTolerance, "sum of weights")
    }

    @Test(arguments: designs) func meanWithDeffAndIntervals(name: String) throws {
        let r = try ReferenceData.json("basic_estimates.json")
        let estimate = try estimator(name).mean("api00")[0]
        func figure(_ keys: String...) -> Double { ReferenceData.number(r, path: [name, "mean_api00"] + keys) }
        expectRelative(estimate.estimate, figure("estimate", "api00"), estimateTolerance, "mean")
        expectRelative(estimate.se, figure("se", "api00"), seTolerance, "se")
        expectRelative(estimate.deff, figure("deff", "api00"), seTolerance, "deff")
        expectRelative(estimate.deffReplace, figure("deff_replace", "api00"), seTolerance, "deff replace")
        expectRelative(estimate.ciNormalLow, figure("ci_normal", "lower", "api00"), estimateTolerance, "ci normal low")
        expectRelative(
            estimate.ciNormalHigh, figure("ci_normal", "upper", "api00"), estimateTolerance, "ci normal high")
        expectRelative(estimate.ciLow, figure("ci_t_degf", "lower", "api00"), estimateTolerance, "ci t low")
        expectRelative(estimate.ciHigh, figure("ci_t_degf", "upper", "api00"), estimateTolerance, "ci t high")
    }

    @Test(arguments: designs) func totalWithDeff(name: String) throws {
        let r = try ReferenceData.json("basic_estimates.json")
        let estimate = try estimator(name).total("enroll")[0]
        // No enroll value is missing (n_missing_enroll = 0): every row enters the total.
        #expect(
            Double(estimate.n) == ReferenceData.number(r, name, "n")
                - ReferenceData.number(r, name, "total_enroll", "n_missing_enroll"))
        expectRelative(
            estimate.estimate, ReferenceData.number(r, name, "total_enroll", "estimate", "enroll"),
            estimateTolerance, "total")
        expectRelative(estimate.se, ReferenceData.number(r, name, "total_enroll", "se", "enroll"), seTolerance, "se")
        expectRelative(
            estimate.deff, ReferenceData.number(r, name, "total_enroll", "deff", "enroll"), seTolerance,
            "deff")
        expectRelative(
            estimate.ciNormalLow,
            ReferenceData.number(r, name, "total_enroll", "ci_normal", "lower", "enroll"),
            estimateTolerance, "ci low")
        expectRelative(
            estimate.ciNormalHigh,
            ReferenceData.number(r, name, "total_enroll", "ci_normal", "upper", "enroll"),
            estimateTolerance, "ci high")
    }

    @Test(arguments: designs) func sharesOfAFactor(name: String) throws {
        let r = try ReferenceData.json("basic_estimates.json")
        // R's figures are confint(svymean(~stype)): the Wald interval, svyciprop's method "mean".
        var estimator = try estimator(name)
        estimator.shareInterval = .mean
        let shares = try estimator.shares("stype")
        #expect(shares.map(\.level) == ["E", "H", "M"])
        for share in shares {
            let key = "stype" + share.level!
            expectRelative(
                share.estimate, ReferenceData.number(r, name, "mean_stype_props", "estimate", key),
                estimateTolerance, key)
            // dstrat: stype is the stratifier, R's SE is 0 (compare absolutely).
            expectRelative(
                share.se, ReferenceData.number(r, name, "mean_stype_props", "se", key), seTolerance,
                absolute: 1e-14, key + " se")
            let deff = ReferenceData.number(r, name, "mean_stype_props", "deff", key)
            expectRelative(share.deff, deff, seTolerance, absolute: 1e-10, key + " deff")
            expectRelative(
                share.ciNormalLow, ReferenceData.number(r, name, "mean_stype_props", "ci_normal", "lower", key),
                estimateTolerance, key + " ci low")
            expectRelative(
                share.ciNormalHigh,
                ReferenceData.number(r, name, "mean_stype_props", "ci_normal", "upper", key),
                estimateTolerance, key + " ci high")
        }
    }

    @Test(arguments: designs) func twoMeansAndVariance(name: String) throws {
        let r = try ReferenceData.json("basic_estimates.json")
        let estimator = try estimator(name)
        for variable in ["api00", "api99"] {
            let estimate = try estimator.mean(variable)[0]
            expectRelative(
                estimate.estimate,
                ReferenceData.number(r, name, "mean_api00_plus_api99", "estimate", variable),
                estimateTolerance, variable)
            expectRelative(
                estimate.se, ReferenceData.number(r, name, "mean_api00_plus_api99", "se", variable),
                seTolerance, variable + " se")
        }
        let variance = try estimator.variance("api00")[0]
        expectRelative(
            variance.estimate, ReferenceData.number(r, name, "var_api00", "estimate", "api00"),
            estimateTolerance, "svyvar")
        expectRelative(
            variance.se, ReferenceData.number(r, name, "var_api00", "se", "api00"), seTolerance,
            "svyvar se")
    }

    @Test(arguments: designs) func kishAndDeffFigures(name: String) throws {
        let r = try ReferenceData.json("deff.json")
        let estimator = try estimator(name)
        let summary = WeightSummary(estimator.design.weights)
        expectRelative(summary.kishDeff, ReferenceData.number(r, name, "kish", "kish_deff"), estimateTolerance, "kish")
        expectRelative(
            summary.effectiveSampleSize, ReferenceData.number(r, name, "kish", "ess"), estimateTolerance,
            "ess")
        expectRelative(
            summary.cv, ReferenceData.number(r, name, "kish", "cv_w"), estimateTolerance, absolute: 1e-12,
            "cv")
        let mean = try estimator.mean("api00")[0]
        expectRelative(mean.deff, ReferenceData.number(r, name, "deff_mean_api00", "api00"), seTolerance, "deff")
        expectRelative(
            mean.deffReplace, ReferenceData.number(r, name, "deff_replace_mean_api00", "api00"),
            seTolerance, "deff replace")
        let total = try estimator.total("enroll")[0]
        expectRelative(
            total.deff, ReferenceData.number(r, name, "deff_total_enroll", "enroll"), seTolerance,
            "deff total")
        for share in try estimator.shares("stype") {
            expectRelative(
                share.deff, ReferenceData.number(r, name, "deff_mean_stype", "stype" + share.level!),
                seTolerance, absolute: 1e-10, "deff share")
        }
    }
}
