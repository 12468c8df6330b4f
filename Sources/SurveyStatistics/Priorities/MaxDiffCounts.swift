/// Aggregate MaxDiff counting scores (docs/methods.md §2.2; `support.BWS` `bws.count`, Aizaki & Fogarty 2023;
/// Turas `modules/maxdiff/R/05_counts.R`; Flynn & Marley 2014 on best-minus-worst scores).
///
/// With B_i, W_i the (weighted) times item i was chosen best and worst and S_i the (weighted) times shown:
/// BW = B − W; stdBW = BW/S (= BW/(N·r) of support.BWS when each respondent sees the item r times);
/// Best% = 100B/S; Worst% = 100W/S; Net% = Best% − Worst%; √(B/W) and its rescaling by the largest value.
/// √(B/W) is undefined (nil, with a warning) when W = 0, rather than ∞ as in support.BWS.
///
/// Standard errors of the net proportion b − w per exposure (b = B/S, w = W/S):
/// - `netStandardErrorExclusive` = √((b + w − (b − w)²)/S_eff): best and worst are mutually exclusive in a set,
///   so Cov = −bw; this is the correct per-exposure SE (same algebra as the NPS variance).
/// - `netStandardErrorIndependent` = √(b(1 − b)/S_eff + w(1 − w)/S_eff): the "assuming independence" SE used by
///   Turas, reported only for comparison; it understates the variance.
/// S_eff is the Kish effective number of exposures (S when unweighted). Exposures are clustered within
/// respondents; for inference prefer `MaxDiffRespondentScores`.
public struct MaxDiffCounts: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var shown: Double
        public var best: Double
        public var worst: Double
        public var effectiveShown: Double
        public var bestMinusWorst: Double { best - worst }
        public var standardizedBestMinusWorst: Double { (best - worst) / shown }
        public var bestPercent: Double { 100 * best / shown }
        public var worstPercent: Double { 100 * worst / shown }
        public var netPercent: Double { bestPercent - worstPercent }
        /// √(B/W); nil when W = 0.
        public var squareRootBestOverWorst: Double? { worst > 0 ? (best / worst).squareRoot() : nil }
        /// √(B/W) divided by the largest defined √(B/W) over items; nil when undefined.
        public var standardizedSquareRoot: Double?
        public var netStandardErrorExclusive: Double {
            let b = best / shown
            let w = worst / shown
            return ((b + w - (b - w) * (b - w)) / effectiveShown).squareRoot()
        }
        public var netStandardErrorIndependent: Double {
            let b = best / shown
            let w = worst / shown
            return (b * (1 - b) / effectiveShown + w * (1 - w) / effectiveShown).squareRoot()
        }
    }

    /// One entry per item, index = item.
    public var items: [Item]
    /// Number of respondents with at least one task.
    public var respondents: Int
    /// Human-readable warnings (for example an item never chosen worst).
    public var warnings: [String]

    /// Counts from each respondent's tasks, with optional respondent weights.
    /// - Throws: `StatisticsError` for an invalid task (index out of range, best = worst, best not shown) or
    ///   weights of the wrong length or negative.
    public init(itemCount: Int, respondents tasks: [[MaxDiffTask]], weights: [Double]? = nil) throws {
        try StatisticsError.checkLength(weights, argument: "weights", expected: tasks.count)
        var shown = [Double](repeating: 0, count: itemCount)
        var shownSquares = [Double](repeating: 0, count: itemCount)
        var best = shown
        var worst = shown
        var respondents = 0
        for (r, respondentTasks) in tasks.enumerated() {
            let w = weights?[r] ?? 1
            guard w >= 0, w.isFinite else { throw StatisticsError.invalidArgument("weights: must be finite, ≥ 0") }
            if !respondentTasks.isEmpty { respondents += 1 }
            for (t, task) in respondentTasks.enumerated() {
                try task.validate(items: itemCount, respondent: r, task: t)
                for item in task.shown {
                    shown[item] += w
                    shownSquares[item] += w * w
                }
                best[task.best] += w
                worst[task.worst] += w
            }
        }
        var items = (0..<itemCount).map { i in
            Item(
                shown: shown[i], best: best[i], worst: worst[i],
                effectiveShown: shownSquares[i] > 0 ? shown[i] * shown[i] / shownSquares[i] : 0,
                standardizedSquareRoot: nil)
        }
        let largest = items.compactMap(\.squareRootBestOverWorst).max()
        var warnings: [String] = []
        for i in items.indices {
            if let value = items[i].squareRootBestOverWorst, let largest, largest > 0 {
                items[i].standardizedSquareRoot = value / largest
            } else if items[i].worst == 0 && items[i].shown > 0 {
                warnings.append("item \(i + 1) was never chosen worst: √(B/W) is undefined")
            }
            if items[i].shown == 0 { warnings.append("item \(i + 1) was never shown") }
        }
        self.items = items
        self.respondents = respondents
        self.warnings = warnings
    }
}
