extension SurveyEstimator {
    /// Weighted quantiles with Woodruff confidence intervals, as R's `svyquantile` (survey ≥ 4.1) with
    /// `interval.type = "mean"` and the rule `quantileRule` (`qrule`, default `"math"`), in each segment as
    /// `svyby(..., svyquantile)` on the segment's subset of the design.
    ///
    /// - Estimate: q̂ = Q(p), Q the rule applied to the domain's answered values and weights
    ///   (`WeightedQuantileSample`).
    /// - Interval (Woodruff 1952, "Confidence intervals for medians and other position measures", JASA 47,
    ///   635–646; R's `survey:::woodruffCI`): F̂ = the domain mean of 1{y ≤ q̂} with its linearised SE over the full
    ///   design; [Q(F̂ − t·SE), Q(F̂ + t·SE)], with t the Student quantile at df = `degf` of the domain's answered
    ///   rows (R's `svyquantile(na.rm = TRUE)` drops the unanswered rows before `degf`). An end whose probability
    ///   falls below 0 or above 1 is NaN, as R's.
    /// - SE = (upper − lower)/(2t), as R. `ciNormalLow/High` use the normal quantile in the same construction;
    ///   `deff` is not defined (NaN).
    public func quantiles(
        _ variable: String, probabilities: [Double] = [0.25, 0.5, 0.75], by segment: String? = nil
    )
        throws -> [Estimate]
    {
        let y = try frame.numeric(variable)
        let domains = try self.domains(segment)
        let z = ConfidenceInterval.normalCritical(level: confidenceLevel)
        let rule = quantileRule
        var results: [Estimate] = []
        for (index, label) in domains.labels.enumerated() {
            let single = domains.only(index)
            let moments = DomainLinearization.compute(
                y: y, weights: design.weights, domainOfCode: single.domainOfCode, codes: single.codes,
                domainCount: 1, kind: .mean
            ).moments[0]
            let df = design.degreesOfFreedom { !y[$0].isNaN && single.contains($0) }
            let t = ConfidenceInterval.tCritical(level: confidenceLevel, df: df)
            var values: [Double] = []
            var weights: [Double] = []
            for row in 0..<y.count where !y[row].isNaN && single.contains(row) {
                values.append(y[row])
                weights.append(design.weights[row])
            }
            let sample = WeightedQuantileSample(values: values, weights: weights)
            for p in probabilities {
                let q = sample.quantile(p, rule: rule)
                let below = y.map { $0.isNaN ? .nan : ($0 <= q ? 1.0 : 0.0) }
                let share = try meanEstimates(
                    variable: variable, statistic: "quantile", level: nil, y: below,
                    multiplier: 1, domains: single
                ).estimates[0]
                let (low, high) = Self.woodruff(sample, rule: rule, share: share, critical: t)
                let (lowNormal, highNormal) = Self.woodruff(sample, rule: rule, share: share, critical: z)
                results.append(
                    Estimate(
                        variable: variable, statistic: "quantile", level: Self.formatProbability(p), segment: label,
                        estimate: q, se: t.isFinite ? (high - low) / (2 * t) : .nan, ciLow: low, ciHigh: high,
                        ciNormalLow: lowNormal, ciNormalHigh: highNormal, deff: .nan, deffReplace: .nan,
                        n: moments.n, nEff: moments.kishEffectiveSize, degreesOfFreedom: df,
                        intervalMethod: .woodruff(rule)))
            }
        }
        return results
    }

    /// The Woodruff interval [Q(F̂ − c·SE), Q(F̂ + c·SE)]; an end outside [0, 1] (or NaN) is NaN.
    private static func woodruff(
        _ sample: WeightedQuantileSample, rule: QuantileRule, share: Estimate, critical: Double
    ) -> (Double, Double) {
        let lowP = share.estimate - critical * share.se
        let highP = share.estimate + critical * share.se
        let low = lowP.isNaN || lowP < 0 ? .nan : sample.quantile(lowP, rule: rule)
        let high = highP.isNaN || highP > 1 ? .nan : sample.quantile(highP, rule: rule)
        return (low, high)
    }

    static func formatProbability(_ p: Double) -> String {
        let text = String(p)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
