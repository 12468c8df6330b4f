extension NeedsAnalysis.Context {
    /// The experience coded from a rating on `scale`: on scales of 4 or more points the bottom two points are
    /// negative and the top two positive; on 3-point (or shorter) scales the lowest and highest point.
    static func experienceBounds(_ scale: ClosedRange<Int>) -> (negativeAtMost: Double, positiveAtLeast: Double) {
        let points = scale.upperBound - scale.lowerBound + 1
        return points >= 4
            ? (Double(scale.lowerBound + 1), Double(scale.upperBound - 1))
            : (Double(scale.lowerBound), Double(scale.upperBound))
    }

    /// Touchpoints: share positive and negative and the balance P − k·N with design SEs; per segment the
    /// drivers of the outcome and the mean respondent balance (`TouchpointAnalysis`).
    mutating func touchpoints(_ battery: NeedBattery) throws -> NeedsReport.Battery {
        guard case .touchpoints(let scale) = battery.kind else { preconditionFailure() }
        let bounds = Self.experienceBounds(scale)
        let k = options.negativeWeight
        var measures: [NeedsReport.Measure] = []
        var experiences: [[TouchpointExperience?]] = []
        var ratings: [[Double]] = []
        for (j, need) in battery.needs.enumerated() {
            let name = "\(battery.id).\(need.code)"
            let rating = try values(name, in: scale)
            ratings.append(rating)
            let coded = rating.map {
                TouchpointExperience(
                    rating: $0, negativeAtMost: bounds.negativeAtMost,
                    positiveAtLeast: bounds.positiveAtLeast)
            }
            experiences.append(coded)
            let positive = coded.map { $0 == nil ? Double.nan : ($0 == .positive ? 1 : 0) }
            let negative = coded.map { $0 == nil ? Double.nan : ($0 == .negative ? 1 : 0) }
            let balance = coded.map { $0 == nil ? Double.nan : ($0 == .positive ? 1 : ($0 == .negative ? -k : 0)) }
            measures.append(try measure(positive, need: j, variable: name, statistic: "positive"))
            measures.append(try measure(negative, need: j, variable: name, statistic: "negative"))
            measures.append(try measure(balance, need: j, variable: name, statistic: "balance"))
        }
        var result = NeedsReport.Battery(
            battery: battery, measures: adjusted(measures), priorityStatistic: nil,
            priorityOrders: orders(measures, statistic: "balance"))
        let outcome = try options.outcome.map { try estimator.frame.numeric($0) }
        for s in segments.indices {
            let members = codes.indices.filter { codes[$0] == Int32(s) }
            guard !members.isEmpty else { continue }
            let analysis = try TouchpointAnalysis(
                experiences: members.map { row in experiences.map { $0[row] } },
                outcome: outcome.map { y in members.map { y[$0] } }, weights: members.map { weights[$0] },
                negativeWeight: k)
            result.touchpoints.append(NeedsReport.TouchpointSegment(segment: s, analysis: analysis))
        }
        try derivedImportance(&result, drivers: ratings)
        return result
    }
}
