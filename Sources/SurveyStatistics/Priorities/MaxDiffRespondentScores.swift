/// Respondent-level MaxDiff scores and their standard errors (docs/methods.md §2.2; `support.BWS`
/// `barplot.bws.count2`: SE = sd/√n with a t quantile).
///
/// For respondent n and item i: BW_ni = B_ni − W_ni and stdBW_ni = BW_ni/r_ni, where r_ni is how often n saw i
/// (NaN when never shown). The item score is the (weighted) mean of stdBW_ni over respondents; its SE is
/// the linearization SE of that mean (sd/√N unweighted), which respects the clustering of exposures within
/// respondents and the exclusivity of best and worst. Intervals use Student's t with N − 1 (or n_eff − 1)
/// degrees of freedom. Compare segments with `WelchTTest.test` on `scores` columns.
public struct MaxDiffRespondentScores: Sendable, Equatable {
    public struct ItemSummary: Sendable, Equatable {
        public var mean: Double
        public var standardError: Double
        public var respondents: Int
        public var effectiveRespondents: Double

        /// t interval mean ± t_{(1+c)/2, n_eff−1}·SE.
        public func interval(confidence: Double = 0.95) -> Interval {
            let t = StudentT.quantile((1 + confidence) / 2, df: max(1, effectiveRespondents - 1))
            return Interval(lower: mean - t * standardError, upper: mean + t * standardError)
        }
    }

    /// Respondent × item matrix of BW_ni (NaN where the item was never shown to the respondent).
    public var bestMinusWorst: [[Double]]
    /// Respondent × item matrix of stdBW_ni.
    public var scores: [[Double]]
    /// Per-item summaries, index = item.
    public var items: [ItemSummary]

    /// Scores from each respondent's tasks, with optional respondent weights.
    /// - Throws: `StatisticsError` for invalid tasks or weights.
    public init(itemCount: Int, respondents tasks: [[MaxDiffTask]], weights: [Double]? = nil) throws {
        var bw: [[Double]] = []
        var std: [[Double]] = []
        for (r, respondentTasks) in tasks.enumerated() {
            var seen = [Double](repeating: 0, count: itemCount)
            var net = [Double](repeating: 0, count: itemCount)
            for (t, task) in respondentTasks.enumerated() {
                try task.validate(items: itemCount, respondent: r, task: t)
                for item in task.shown { seen[item] += 1 }
                net[task.best] += 1
                net[task.worst] -= 1
            }
            bw.append((0..<itemCount).map { seen[$0] > 0 ? net[$0] : .nan })
            std.append((0..<itemCount).map { seen[$0] > 0 ? net[$0] / seen[$0] : .nan })
        }
        var summaries: [ItemSummary] = []
        for i in 0..<itemCount {
            let moments = try WeightedMoments(std.map { $0[i] }, weights: weights)
            summaries.append(
                ItemSummary(
                    mean: moments.mean, standardError: moments.standardError,
                    respondents: moments.count,
                    effectiveRespondents: moments.count > 0 ? moments.effectiveSampleSize : 0))
        }
        bestMinusWorst = bw
        scores = std
        items = summaries
    }
}

extension MaxDiffRespondentScores {
    /// Welch t test of one item's respondent-level stdBW between two segments (`segments[n]` labels respondent n),
    /// the test docs/methods.md §3.1 recommends instead of Turas' independence-based comparison.
    /// - Throws: `StatisticsError` for labels of the wrong length or segments with fewer than 2 respondents.
    public func compareSegments(
        item: Int, segments: [Int], first: Int, second: Int,
        weights: [Double]? = nil
    ) throws -> TwoSampleTestResult {
        guard segments.count == scores.count else {
            throw StatisticsError.lengthMismatch(argument: "segments", expected: scores.count, actual: segments.count)
        }
        let a = scores.indices.filter { segments[$0] == first }
        let b = scores.indices.filter { segments[$0] == second }
        return try WelchTTest.test(
            a.map { scores[$0][item] }, b.map { scores[$0][item] },
            weights1: weights.map { w in a.map { w[$0] } },
            weights2: weights.map { w in b.map { w[$0] } })
    }
}
