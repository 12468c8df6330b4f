extension NeedsAnalysis.Context {
    /// Ranking question: mean rank, share ranked first and rank score (see `NeedsAnalysis`).
    ///
    /// A respondent answered when at least one item has a valid rank (1…K); the share first and the rank score
    /// are over those respondents, the mean rank over respondents who ranked the item.
    mutating func ranking(_ battery: NeedBattery) throws -> NeedsReport.Battery {
        let k = battery.needs.count
        let ranks = try battery.needs.map { try values("\(battery.id).\($0.code)", in: 1...max(1, k)) }
        let rows = ranks.first?.count ?? 0
        var answered = [Bool](repeating: false, count: rows)
        for column in ranks { for row in 0..<rows where !column[row].isNaN { answered[row] = true } }
        var measures: [NeedsReport.Measure] = []
        var scores: [[Double]] = []
        for (j, need) in battery.needs.enumerated() {
            let name = "\(battery.id).\(need.code)"
            let rank = ranks[j]
            measures.append(try measure(rank, need: j, variable: name, statistic: "mean_rank"))
            let first = (0..<rows).map { answered[$0] ? (rank[$0] == 1 ? 1.0 : 0) : .nan }
            measures.append(try measure(first, need: j, variable: name, statistic: "share_first"))
            let score = (0..<rows).map { row -> Double in
                guard answered[row] else { return .nan }
                return rank[row].isNaN ? 0 : (Double(k) - rank[row]) / Double(max(1, k - 1))
            }
            scores.append(score)
            measures.append(try measure(score, need: j, variable: name, statistic: "rank_score"))
        }
        var result = NeedsReport.Battery(
            battery: battery, measures: adjusted(measures),
            priorityStatistic: "rank_score", priorityOrders: [])
        result.priorityOrders = orders(result.measures, statistic: "rank_score")
        try compareOrders(&result, columns: scores)
        try classify(&result, threshold: options.rankScoreThreshold)
        return result
    }
}
