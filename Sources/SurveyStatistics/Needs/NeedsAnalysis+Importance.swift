extension NeedsAnalysis.Context {
    /// Importance battery: mean, T2B, performance, gap and quadrant, derived importance (see `NeedsAnalysis`).
    mutating func importance(_ battery: NeedBattery) throws -> NeedsReport.Battery {
        guard case .importance(let scale, let performance) = battery.kind else { preconditionFailure() }
        var measures: [NeedsReport.Measure] = []
        var ratings: [[Double]] = []
        var topBoxes: [[Double]] = []
        let threshold = Double(scale.upperBound - 1)
        for (j, need) in battery.needs.enumerated() {
            let name = "\(battery.id).\(need.code)"
            let y = try values(name, in: scale)
            ratings.append(y)
            measures.append(try measure(y, need: j, variable: name, statistic: "mean"))
            let top = y.map { $0.isNaN ? Double.nan : ($0 >= threshold ? 1 : 0) }
            topBoxes.append(top)
            measures.append(try measure(top, need: j, variable: name, statistic: "top2"))
            if let performance {
                let p = try values(name + ".perf", in: performance)
                measures.append(try measure(p, need: j, variable: name + ".perf", statistic: "performance"))
                let gap = zip(p, y).map { $0 - $1 }
                measures.append(try measure(gap, need: j, variable: name, statistic: "gap"))
            }
        }
        var result = NeedsReport.Battery(
            battery: battery, measures: adjusted(measures), priorityStatistic: "top2",
            priorityOrders: [])
        result.priorityOrders = orders(result.measures, statistic: "top2")
        if performance != nil {
            let importanceMeans = result.measures.filter { $0.statistic == "mean" }
            let performanceMeans = result.measures.filter { $0.statistic == "performance" }
            for s in segments.indices {
                let i = importanceMeans.map { $0.estimates[s].estimate }
                let p = performanceMeans.map { $0.estimates[s].estimate }
                guard !i.contains(where: \.isNaN), !p.contains(where: \.isNaN) else { continue }
                let placed = try ImportancePerformance.analyze(
                    importance: i, performance: p,
                    crosshairs: options.crosshairs
                ).placements
                for (j, placement) in placed.enumerated() {
                    result.placements.append(NeedsReport.Placement(need: j, segment: s, placement: placement))
                }
            }
        }
        try derivedImportance(&result, drivers: ratings)
        try compareOrders(&result, columns: topBoxes, concordance: ratings)
        try classify(&result, threshold: options.importanceShareThreshold)
        return result
    }

    /// Derived importance of the drivers (`columns[need][row]`) against the outcome, in each adequate segment.
    mutating func derivedImportance(_ battery: inout NeedsReport.Battery, drivers columns: [[Double]]) throws {
        guard let outcome = options.outcome, columns.count >= 2 else { return }
        let y = try estimator.frame.numeric(outcome)
        for s in segments.indices where !segments[s].smallBase {
            let members = codes.indices.filter { codes[$0] == Int32(s) }
            let rows = members.map { row in columns.map { $0[row] } }
            do {
                let result = try DerivedImportance(
                    drivers: rows, outcome: members.map { y[$0] },
                    weights: members.map { weights[$0] })
                battery.derived.append(NeedsReport.Derived(segment: s, result: result))
            } catch {
                warnings.append(
                    "\(battery.battery.id): derived importance in segment '\(segments[s].label)' "
                        + "not computed: \(error)")
            }
        }
    }
}
