/// Ranking helpers shared by the rank statistics.
public enum Ranks {
    /// Ranks 1…n with ties given their average rank (the "average" method of R's `rank` and scipy's `rankdata`).
    public static func average(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = rank }
            start = end + 1
        }
        return ranks
    }

    /// Σ(t³ − t) over groups of tied values, the tie term of the Mann–Whitney and Friedman corrections.
    public static func tieSum(_ values: [Double]) -> Double {
        var counts: [Double: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.values.reduce(0) { sum, t in
            let d = Double(t)
            return sum + d * d * d - d
        }
    }
}
