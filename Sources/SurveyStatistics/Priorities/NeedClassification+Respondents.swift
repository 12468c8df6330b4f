/// Convenience path from respondent-level data (simple weighted estimates, not design-based).
extension NeedClassification {
    /// Wald χ² test that S independent segment estimates are equal:
    /// W = Σ_s (θ_s − θ̄)²/SE_s² with θ̄ = Σ(θ_s/SE_s²)/Σ(1/SE_s²), W ~ χ²_{S−1} under equality
    /// (for S = 2 this is the squared two-sample z). Segments with NaN or zero SE are left out; NaN p-value
    /// when fewer than 2 remain.
    public static func equalityTest(estimates: [Double], standardErrors: [Double])
        -> (statistic: Double, degreesOfFreedom: Double, pValue: Double) {
        let usable = estimates.indices.filter {
            !estimates[$0].isNaN && standardErrors[$0] > 0 && standardErrors[$0].isFinite
        }
        guard usable.count >= 2 else { return (.nan, .nan, .nan) }
        var sumWeights = 0.0
        var sumWeighted = 0.0
        for s in usable {
            let w = 1 / (standardErrors[s] * standardErrors[s])
            sumWeights += w
            sumWeighted += w * estimates[s]
        }
        let pooled = sumWeighted / sumWeights
        var statistic = 0.0
        for s in usable {
            let d = estimates[s] - pooled
            statistic += d * d / (standardErrors[s] * standardErrors[s])
        }
        let df = Double(usable.count - 1)
        return (statistic, df, ChiSquared.survival(statistic, df: df))
    }

    /// Builds the evidence from a respondent × need score matrix and classifies it. Each segment's score is the
    /// weighted mean with its linearization SE (`WeightedMoments`, treating respondents as independent draws);
    /// the across-segment test is `equalityTest`. Use design-based estimates instead when the design has strata
    /// or clusters.
    /// - Parameters:
    ///   - scores: respondent × need (NaN = missing), for example ratings or 0/1 top-2-box indicators.
    ///   - segments: segment index 0..<segmentCount per respondent (others are ignored).
    /// - Throws: `StatisticsError` for mismatched lengths or negative weights.
    public static func fromRespondents(scores: [[Double]], segments: [Int], segmentCount: Int,
                                       needNames: [String], weights: [Double]? = nil,
                                       options: Options) throws -> (NeedClassification, [NeedEvidence]) {
        guard segments.count == scores.count else {
            throw StatisticsError.lengthMismatch(argument: "segments", expected: scores.count, actual: segments.count)
        }
        if let weights, weights.count != scores.count {
            throw StatisticsError.lengthMismatch(argument: "weights", expected: scores.count, actual: weights.count)
        }
        for (r, row) in scores.enumerated() where row.count != needNames.count {
            throw StatisticsError.lengthMismatch(argument: "respondent \(r + 1)", expected: needNames.count,
                                                 actual: row.count)
        }
        var members = [[Int]](repeating: [], count: segmentCount)
        for (r, s) in segments.enumerated() where s >= 0 && s < segmentCount { members[s].append(r) }
        var evidence: [NeedEvidence] = []
        for (j, name) in needNames.enumerated() {
            var estimates: [Double] = []
            var errors: [Double] = []
            for group in members {
                let moments = try WeightedMoments(group.map { scores[$0][j] }, weights: weights.map { w in
                    group.map { w[$0] }
                })
                estimates.append(moments.mean)
                errors.append(moments.standardError)
            }
            let test = equalityTest(estimates: estimates, standardErrors: errors)
            evidence.append(NeedEvidence(name: name, estimates: estimates, standardErrors: errors,
                                         pValue: test.pValue))
        }
        return (try NeedClassification(evidence, options: options), evidence)
    }
}
