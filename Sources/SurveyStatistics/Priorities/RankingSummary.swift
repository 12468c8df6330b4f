/// Summary of a ranking question (respondents rank needs 1 = most important; issue 5).
///
/// Per item, over respondents who ranked it (NaN = not ranked, e.g. in a top-3 ranking): the (weighted) mean
/// rank with its linearization SE, and the (weighted) share of respondents ranking the item first among all
/// respondents who answered the question, with SE √(p(1 − p)/n_eff). The priority order sorts items by share
/// ranked first when rankings are partial (mean ranks over different subsets are not comparable), otherwise by
/// mean rank.
public struct RankingSummary: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var meanRank: Double
        public var meanRankStandardError: Double
        public var shareFirst: Double
        public var shareFirstStandardError: Double
        /// Respondents who gave the item a rank (unweighted).
        public var rankedBy: Int
    }

    public var items: [Item]
    /// True when some respondent left an item unranked.
    public var isPartial: Bool
    /// Item indices from highest to lowest priority.
    public var priorityOrder: [Int]

    /// - Parameters:
    ///   - ranks: respondent × item ranks (1 = top; NaN = unranked). Rows with no rank at all are skipped.
    ///   - weights: optional respondent weights.
    /// - Throws: `StatisticsError` for ragged rows or bad weights.
    public init(ranks: [[Double]], weights: [Double]? = nil) throws {
        let k = ranks.first?.count ?? 0
        try StatisticsError.checkLength(weights, argument: "weights", expected: ranks.count)
        var answered: [Int] = []
        for (r, row) in ranks.enumerated() {
            guard row.count == k else {
                throw StatisticsError.lengthMismatch(argument: "respondent \(r + 1)", expected: k, actual: row.count)
            }
            if row.contains(where: { !$0.isNaN }) { answered.append(r) }
        }
        let answeredWeights = weights.map { w in answered.map { w[$0] } }
        var items: [Item] = []
        var partial = false
        for j in 0..<k {
            let column = answered.map { ranks[$0][j] }
            if column.contains(where: \.isNaN) { partial = true }
            let rank = try WeightedMoments(column, weights: answeredWeights)
            let first = try WeightedMoments(column.map { $0 == 1 ? 1 : 0 }, weights: answeredWeights)
            let p = first.mean
            let effective = first.count > 0 ? first.effectiveSampleSize : 0
            items.append(
                Item(
                    meanRank: rank.mean, meanRankStandardError: rank.standardError, shareFirst: p,
                    shareFirstStandardError: (p * (1 - p) / effective).squareRoot(),
                    rankedBy: rank.count))
        }
        self.items = items
        isPartial = partial
        priorityOrder = items.indices.sorted { a, b in
            if partial || items[a].meanRank == items[b].meanRank {
                return items[a].shareFirst != items[b].shareFirst ? items[a].shareFirst > items[b].shareFirst : a < b
            }
            return items[a].meanRank < items[b].meanRank
        }
    }
}
