/// Convenience path from respondent-level data (simple weighted estimates, not design-based).
extension NeedClassification {
    /// Wald χ² test that S independent segment estimates are equal:
    /// W = Σ_s (θ_s − θ̄)²/SE_s² with θ̄ = Σ(θ_s/SE_s²)/Σ(1/SE_s²), W ~ χ²_{S−1} under equality
    /// (for S = 2 this is the squared two-sample z). Segments with NaN or zero SE are left out; NaN p-value
    /// when fewer than 2 remain.
    public static func equalityTest(
        estimates: [Double], standardErrors: [Double]
    )
        -> (statistic: Double, degreesOfFreedom: Double, pValue: Double)
    {
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
    /// weighted mean with its linearization SE (as `WeightedMoments`, treating respondents as independent draws);
    /// the across-segment test is `equalityTest`. Use design-based estimates instead when the design has strata
    /// or clusters.
    /// - Parameters:
    ///   - scores: respondent × need (NaN = missing), for example ratings or 0/1 top-2-box indicators.
    ///   - segments: segment index 0..<segmentCount per respondent (others are ignored).
    /// - Throws: `StatisticsError` for mismatched lengths or negative weights.
    public static func fromRespondents(
        scores: [[Double]], segments: [Int], segmentCount: Int,
        needNames: [String], weights: [Double]? = nil,
        options: Options
    ) throws -> (NeedClassification, [NeedEvidence]) {
        for (r, row) in scores.enumerated() where row.count != needNames.count {
            throw StatisticsError.lengthMismatch(
                argument: "respondent \(r + 1)", expected: needNames.count,
                actual: row.count)
        }
        let columns = needNames.indices.map { j in scores.map { $0[j] } }
        return try fromColumns(
            columns, segments: segments, segmentCount: segmentCount, needNames: needNames,
            weights: weights, options: options)
    }

    /// As `fromRespondents`, with the scores stored need by need (`columns[need][respondent]`), the layout of a
    /// columnar data frame; two passes over the data, no per-segment copies.
    /// - Throws: `StatisticsError` for mismatched lengths or negative/non-finite weights.
    public static func fromColumns(
        _ columns: [[Double]], segments: [Int], segmentCount: Int,
        needNames: [String], weights: [Double]? = nil,
        options: Options
    ) throws -> (NeedClassification, [NeedEvidence]) {
        let n = segments.count
        guard columns.count == needNames.count else {
            throw StatisticsError.lengthMismatch(argument: "columns", expected: needNames.count, actual: columns.count)
        }
        for column in columns where column.count != n {
            throw StatisticsError.lengthMismatch(argument: "scores", expected: n, actual: column.count)
        }
        if let weights {
            guard weights.count == n else {
                throw StatisticsError.lengthMismatch(argument: "weights", expected: n, actual: weights.count)
            }
            guard weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw StatisticsError.invalidArgument("weights: must be finite, ≥ 0")
            }
        }
        /// Calls `body(segment, score, weight)` for each respondent of `column` with a segment in range and a
        /// score (not NaN), in respondent order.
        func forEachObservation(in column: [Double], _ body: (Int, Double, Double) -> Void) {
            for i in 0..<n {
                let s = segments[i]
                let y = column[i]
                guard s >= 0, s < segmentCount, !y.isNaN else { continue }
                body(s, y, weights?[i] ?? 1)
            }
        }
        var evidence: [NeedEvidence] = []
        evidence.reserveCapacity(columns.count)
        for (j, column) in columns.enumerated() {
            var count = [Int](repeating: 0, count: segmentCount)
            var sw = [Double](repeating: 0, count: segmentCount)
            var swy = [Double](repeating: 0, count: segmentCount)
            forEachObservation(in: column) { s, y, w in
                if w == 0 { return }
                count[s] += 1
                sw[s] += w
                swy[s] += w * y
            }
            let means = (0..<segmentCount).map { count[$0] > 0 ? swy[$0] / sw[$0] : .nan }
            var squares = [Double](repeating: 0, count: segmentCount)
            forEachObservation(in: column) { s, y, w in
                let d = w * (y - means[s])
                squares[s] += d * d
            }
            let errors = (0..<segmentCount).map { s -> Double in
                guard count[s] >= 2 else { return .nan }
                let correction = Double(count[s]) / Double(count[s] - 1)
                return (squares[s] / (sw[s] * sw[s]) * correction).squareRoot()
            }
            let test = equalityTest(estimates: means, standardErrors: errors)
            evidence.append(
                NeedEvidence(
                    name: needNames[j], estimates: means, standardErrors: errors,
                    pValue: test.pValue))
        }
        return (try NeedClassification(evidence, options: options), evidence)
    }
}
