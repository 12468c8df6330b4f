import SurveyStatistics
import Testing

@Suite("R survey: post-stratification and raking (poststratify.json, rake.json)")
struct CalibrationTests {
    static let populationTypes = MarginTargets.Margin(variable: "stype", levels: ["E", "H", "M"],
                                                      targets: [4421, 755, 1018])
    static let populationSchoolWide = MarginTargets.Margin(variable: "sch.wide", levels: ["No", "Yes"],
                                                           targets: [1072, 5122])

    private func checkSummary(_ summary: WeightSummary, _ r: [String: Any], _ prefix: [String]) {
        for (key, value) in [("min", summary.min), ("q1", summary.q1), ("median", summary.median),
                             ("mean", summary.mean), ("q3", summary.q3), ("max", summary.max), ("sum", summary.sum)] {
            expectRelative(value, ReferenceData.number(r, path: prefix + ["weights_summary", key]), estimateTolerance,
                           "weights " + key)
        }
        expectRelative(summary.kishDeff, ReferenceData.number(r, path: prefix + ["kish", "kish_deff"]),
                       estimateTolerance, "kish")
        expectRelative(summary.effectiveSampleSize, ReferenceData.number(r, path: prefix + ["kish", "ess"]),
                       estimateTolerance, "ess")
        expectRelative(summary.cv, ReferenceData.number(r, path: prefix + ["kish", "cv_w"]), estimateTolerance, "cv")
    }

    @Test func postStratifyClusterSample() throws {
        let r = try ReferenceData.json("poststratify.json")
        let base = try ReferenceData.dclus1()
        let outcome = try SurveyWeighting.run(
            frame: base.frame, startWeights: base.design.weights,
            request: WeightingRequest(margins: MarginTargets(margins: [Self.populationTypes]), poststratify: ["stype"]))
        checkSummary(outcome.report.summary, r, ["dclus1"])
        let stype = try base.frame.categorical("stype")
        for (row, weight) in outcome.weights.enumerated() {
            let level = stype.levels[Int(stype.codes[row])]
            expectRelative(weight, ReferenceData.number(r, "dclus1", "distinct_weights", level), estimateTolerance,
                           "weight row \(row)")
        }
        let estimator = SurveyEstimator(frame: base.frame, design: outcome.apply(to: base.design))
        let mean = try estimator.mean("api00")[0]
        expectRelative(mean.estimate, ReferenceData.number(r, "dclus1", "mean_api00", "estimate", "api00"),
                       estimateTolerance, "mean")
        expectRelative(mean.se, ReferenceData.number(r, "dclus1", "mean_api00", "se", "api00"), seTolerance, "se")
        expectRelative(mean.deff, ReferenceData.number(r, "dclus1", "mean_api00", "deff", "api00"), seTolerance, "deff")
        expectRelative(mean.ciNormalLow, ReferenceData.number(r, "dclus1", "mean_api00", "ci_normal", "lower", "api00"),
                       estimateTolerance, "ci low")
        expectRelative(mean.ciNormalHigh, ReferenceData.number(r, "dclus1", "mean_api00", "ci_normal", "upper", "api00"),
                       estimateTolerance, "ci high")
        let fixed = SurveyEstimator(frame: base.frame, design: base.design.withFixedWeights(outcome.weights))
        expectRelative(try fixed.mean("api00")[0].se,
                       ReferenceData.number(r, "dclus1", "mean_api00_weights_as_fixed", "se", "api00"), seTolerance,
                       "fixed se")
        for variable in ["enroll", "api00"] {
            let total = try estimator.total(variable)[0]
            expectRelative(total.estimate, ReferenceData.number(r, "dclus1", "total_" + variable, "estimate", variable),
                           estimateTolerance, "total " + variable)
            expectRelative(total.se, ReferenceData.number(r, "dclus1", "total_" + variable, "se", variable),
                           seTolerance, "total se " + variable)
        }
        for share in try estimator.shares("sch.wide") {
            let key = "sch.wide" + share.level!
            expectRelative(share.estimate, ReferenceData.number(r, "dclus1", "mean_schwide", "estimate", key),
                           estimateTolerance, key)
            expectRelative(share.se, ReferenceData.number(r, "dclus1", "mean_schwide", "se", key), seTolerance,
                           key + " se")
        }
    }

    @Test(arguments: ["default_control", "tight_control"]) func rakeClusterSample(control: String) throws {
        let r = try ReferenceData.json("rake.json")
        let base = try ReferenceData.dclus1()
        let options = control == "default_control"
            ? RakingOptions.rDefault
            : RakingOptions(maxSweeps: 100, convergence: .rJointTableChange(epsilon: 1e-12))
        let outcome = try SurveyWeighting.run(
            frame: base.frame, startWeights: base.design.weights,
            request: WeightingRequest(margins: MarginTargets(margins: [Self.populationTypes, Self.populationSchoolWide]),
                                      raking: options))
        checkSummary(outcome.report.summary, r, [control])
        let weights = ReferenceData.numbers(r, control, "weights")
        #expect(weights.count == outcome.weights.count)
        for (row, pair) in zip(outcome.weights, weights).enumerated() {
            expectRelative(pair.0, pair.1, estimateTolerance, "weight row \(row)")
        }
        for check in outcome.report.margins {
            let key = check.variable == "stype" ? "margins_stype" : "margins_schwide"
            expectRelative(check.achieved, ReferenceData.number(r, control, key, check.variable + check.level),
                           estimateTolerance, "achieved \(check.variable) \(check.level)")
        }
        let estimator = SurveyEstimator(frame: base.frame, design: outcome.apply(to: base.design))
        let mean = try estimator.mean("api00")[0]
        expectRelative(mean.estimate, ReferenceData.number(r, control, "mean_api00", "estimate", "api00"),
                       estimateTolerance, "mean")
        expectRelative(mean.se, ReferenceData.number(r, control, "mean_api00", "se", "api00"), seTolerance, "se")
        expectRelative(mean.deff, ReferenceData.number(r, control, "mean_api00", "deff", "api00"), seTolerance, "deff")
        expectRelative(mean.ciNormalLow, ReferenceData.number(r, control, "mean_api00", "ci_normal", "lower", "api00"),
                       estimateTolerance, "ci low")
        expectRelative(mean.ciNormalHigh, ReferenceData.number(r, control, "mean_api00", "ci_normal", "upper", "api00"),
                       estimateTolerance, "ci high")
        let fixed = SurveyEstimator(frame: base.frame, design: base.design.withFixedWeights(outcome.weights))
        expectRelative(try fixed.mean("api00")[0].se,
                       ReferenceData.number(r, control, "mean_api00_weights_as_fixed", "se", "api00"), seTolerance,
                       "fixed se")
        let total = try estimator.total("enroll")[0]
        expectRelative(total.estimate, ReferenceData.number(r, control, "total_enroll", "estimate", "enroll"),
                       estimateTolerance, "total")
        expectRelative(total.se, ReferenceData.number(r, control, "total_enroll", "se", "enroll"), seTolerance,
                       "total se")
        for share in try estimator.shares("stype") {
            let key = "stype" + share.level!
            expectRelative(share.estimate, ReferenceData.number(r, control, "mean_stype", "estimate", key),
                           estimateTolerance, key)
            // Near-zero SEs (tight control ~1e-15) are compared absolutely.
            expectRelative(share.se, ReferenceData.number(r, control, "mean_stype", "se", key), seTolerance,
                           absolute: 1e-12, key + " se")
        }
        for mean in try estimator.mean("api00", by: "stype") {
            let segment = mean.segment!
            expectRelative(mean.estimate, ReferenceData.number(r, control, "mean_api00_by_stype", "estimate", segment),
                           estimateTolerance, "by " + segment)
            expectRelative(mean.se, ReferenceData.number(r, control, "mean_api00_by_stype", "se", segment),
                           seTolerance, "by se " + segment)
        }
        let distinct = r[control].flatMap { ($0 as? [String: Any])?["distinct_weights"] as? [String: Any] }!
        let w = (distinct["w"] as! [Any]).map { ($0 as! Double) }
        let stypes = distinct["stype"] as! [String]
        let schools = distinct["sch.wide"] as! [String]
        let stype = try base.frame.categorical("stype")
        let school = try base.frame.categorical("sch.wide")
        for index in w.indices {
            let row = (0..<base.frame.rowCount).first {
                stype.levels[Int(stype.codes[$0])] == stypes[index] && school.levels[Int(school.codes[$0])] == schools[index]
            }!
            expectRelative(outcome.weights[row], w[index], estimateTolerance, "distinct weight \(index)")
        }
    }
}
