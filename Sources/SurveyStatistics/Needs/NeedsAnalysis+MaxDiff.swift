extension NeedsAnalysis.Context {
    /// MaxDiff: respondent-level scores with design-based SEs and aggregate counts per segment.
    ///
    /// Tasks are read from `q.sN.shown` (item codes joined by `;`), `q.sN.best` and `q.sN.worst`; a set with a
    /// missing or inconsistent value (unknown code, best = worst, best or worst not shown) is skipped and counted
    /// in a warning (no values are quoted).
    mutating func maxDiff(_ battery: NeedBattery) throws -> NeedsReport.Battery {
        guard case .maxDiff(let sets) = battery.kind else { preconditionFailure() }
        let index = Dictionary(battery.needs.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let frame = estimator.frame
        var tasks = [[MaxDiffTask]](repeating: [], count: frame.rowCount)
        var skipped = 0
        for set in 1...max(1, sets) {
            let shown = try frame.categorical("\(battery.id).s\(set).shown")
            let best = try frame.categorical("\(battery.id).s\(set).best")
            let worst = try frame.categorical("\(battery.id).s\(set).worst")
            let shownItems = shown.levels.map { level -> [Int]? in
                let items = level.split(separator: ";").map { index[String($0)] }
                return items.contains(where: { $0 == nil }) ? nil : items.compactMap { $0 }
            }
            let bestItems = best.levels.map { index[$0] }
            let worstItems = worst.levels.map { index[$0] }
            for row in 0..<frame.rowCount {
                let s = shown.codes[row], b = best.codes[row], w = worst.codes[row]
                if s < 0 && b < 0 && w < 0 { continue }
                guard s >= 0, b >= 0, w >= 0, let items = shownItems[Int(s)], let bi = bestItems[Int(b)],
                    let wi = worstItems[Int(w)], bi != wi, items.contains(bi), items.contains(wi),
                    Set(items).count == items.count
                else { skipped += 1; continue }
                tasks[row].append(MaxDiffTask(shown: items, best: bi, worst: wi))
            }
        }
        if skipped > 0 {
            warnings.append(
                "\(battery.id): \(skipped) MaxDiff set answers were incomplete or inconsistent and "
                    + "were skipped")
        }
        let respondentScores = try MaxDiffRespondentScores(itemCount: battery.needs.count, respondents: tasks)
        var measures: [NeedsReport.Measure] = []
        var columns: [[Double]] = []
        for (j, need) in battery.needs.enumerated() {
            let column = respondentScores.scores.map { $0[j] }
            columns.append(column)
            measures.append(
                try measure(
                    column, need: j, variable: "\(battery.id).\(need.code)",
                    statistic: "maxdiff_score"))
        }
        var result = NeedsReport.Battery(
            battery: battery, measures: adjusted(measures),
            priorityStatistic: "maxdiff_score", priorityOrders: [])
        result.priorityOrders = orders(result.measures, statistic: "maxdiff_score")
        for s in segments.indices {
            let members = codes.indices.filter { codes[$0] == Int32(s) }
            let counts = try MaxDiffCounts(
                itemCount: battery.needs.count, respondents: members.map { tasks[$0] },
                weights: members.map { weights[$0] })
            result.maxDiffCounts.append(NeedsReport.MaxDiffSegment(segment: s, counts: counts))
        }
        try compareOrders(&result, columns: columns)
        try classify(&result, threshold: options.maxDiffThreshold)
        return result
    }
}
