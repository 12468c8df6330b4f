extension NeedsAnalysis.Context {
    /// Fills the whole-order comparisons and Kendall's W of `battery`.
    ///
    /// `columns[need][row]` are the per-respondent values whose weighted segment means are the priority
    /// statistic (a top-2-box indicator, a rank score, a MaxDiff score; NaN = missing). Spearman and Kendall τ_b
    /// compare the segments' vectors of estimates; the permutation test shuffles respondents' segment labels
    /// between the two segments (`PriorityOrderPermutationTest`, seeded, weights travel with respondents).
    /// Kendall's W ranks each respondent's `concordance` values (ratings; default `columns`), complete rows only.
    func compareOrders(
        _ battery: inout NeedsReport.Battery, columns: [[Double]], concordance: [[Double]]? = nil
    )
        throws
    {
        guard let statistic = battery.priorityStatistic, columns.count >= 3 else { return }
        let measures = battery.measures.filter { $0.statistic == statistic }.sorted { $0.need < $1.need }
        let usable = segments.indices.filter { !segments[$0].smallBase }
        var comparisons: [NeedsReport.OrderComparison] = []
        var allRows: [[Double]]?
        let labels = codes.map { Int($0) }
        for (position, a) in usable.enumerated() {
            for b in usable[(position + 1)...] {
                let x = measures.map { $0.estimates[a].estimate }
                let y = measures.map { $0.estimates[b].estimate }
                let spearman = try RankCorrelation.spearman(x, y)
                let kendall = try RankCorrelation.kendallTauB(x, y)
                var pValue: Double?
                if options.permutations > 0 {
                    if allRows == nil { allRows = codes.indices.map { row in columns.map { $0[row] } } }
                    let test = try PriorityOrderPermutationTest.test(
                        scores: allRows!, segments: labels, first: a, second: b, weights: weights,
                        permutations: options.permutations, seed: options.seed)
                    pValue = test.pValue
                }
                comparisons.append(
                    NeedsReport.OrderComparison(
                        first: a, second: b, spearman: spearman,
                        kendall: kendall, permutationPValue: pValue,
                        permutations: options.permutations))
            }
        }
        battery.orderComparisons = comparisons
        var members = [[Int]](repeating: [], count: segments.count)
        for row in codes.indices where codes[row] >= 0 { members[Int(codes[row])].append(row) }
        for s in usable {
            guard let result = try? FriedmanTest.test(columns: concordance ?? columns, rows: members[s]),
                result.kendallW.isFinite
            else { continue }
            battery.concordance.append(NeedsReport.Concordance(segment: s, result: result, respondents: result.rows))
        }
    }

    /// Classifies the battery's needs on its priority statistic over the segments with adequate bases.
    func classify(_ battery: inout NeedsReport.Battery, threshold: Double) throws {
        guard let statistic = battery.priorityStatistic else { return }
        let usable = segments.indices.filter { !segments[$0].smallBase }
        guard !usable.isEmpty else { return }
        let measures = battery.measures.filter { $0.statistic == statistic }.sorted { $0.need < $1.need }
        let evidence = measures.map { measure in
            NeedEvidence(
                name: battery.battery.needs[measure.need].code,
                estimates: usable.map { measure.estimates[$0].estimate },
                standardErrors: usable.map { measure.estimates[$0].se },
                pValue: measure.test?.pValue ?? .nan)
        }
        let classificationOptions = NeedClassification.Options(
            importanceThreshold: threshold, importanceRule: options.importanceRule, alpha: options.alpha,
            correction: options.correction, minimumDifference: options.minimumDifference)
        battery.classification = try NeedClassification(evidence, options: classificationOptions)
        battery.importanceThreshold = threshold
        battery.classifiedSegments = usable
    }
}
