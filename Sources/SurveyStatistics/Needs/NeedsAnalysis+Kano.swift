extension NeedsAnalysis.Context {
    /// Kano: per feature and segment the category shares (design-based), Better, Worse, the weighted
    /// `KanoSummary` with its classification and Fong test, and the Rao–Scott test of segment × category.
    mutating func kano(_ battery: NeedBattery) throws -> NeedsReport.Battery {
        var measures: [NeedsReport.Measure] = []
        var kano: [NeedsReport.KanoSegment] = []
        let categories = KanoCategory.allCases
        for (j, need) in battery.needs.enumerated() {
            let name = "\(battery.id).\(need.code)"
            let functional = try values(name + ".f", in: 1...5).map { $0.isNaN ? nil : KanoAnswer(rawValue: Int($0)) }
            let dysfunctional = try values(name + ".d", in: 1...5).map {
                $0.isNaN ? nil : KanoAnswer(rawValue: Int($0))
            }
            let category: [KanoCategory?] = zip(functional, dysfunctional).map { f, d in
                guard let f, let d else { return nil }
                return KanoCategory.evaluate(functional: f, dysfunctional: d)
            }
            for level in categories {
                let indicator = category.map { $0 == nil ? Double.nan : ($0 == level ? 1 : 0) }
                measures.append(try measure(indicator, need: j, variable: name, statistic: "share_\(level.rawValue)"))
            }
            let better = category.map { c -> Double in
                switch c {
                case .attractive?, .oneDimensional?: 1
                case .mustBe?, .indifferent?: 0
                default: .nan
                }
            }
            let worse = category.map { c -> Double in
                switch c {
                case .oneDimensional?, .mustBe?: -1
                case .attractive?, .indifferent?: 0
                default: .nan
                }
            }
            measures.append(try measure(better, need: j, variable: name, statistic: "better"))
            measures.append(try measure(worse, need: j, variable: name, statistic: "worse"))
            for s in segments.indices {
                let members = codes.indices.filter { codes[$0] == Int32(s) }
                let summary = try KanoSummary(
                    functional: members.map { functional[$0] },
                    dysfunctional: members.map { dysfunctional[$0] },
                    weights: members.map { weights[$0] })
                guard summary.respondents > 0 else { continue }
                let (top, significant) = summary.classification()
                kano.append(
                    NeedsReport.KanoSegment(
                        need: j, segment: s, summary: summary, category: top,
                        significant: significant))
            }
            // Segment × category: Rao–Scott on the adequate segments' table.
            var frame = estimator.frame
            let codeOf = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, Int32($0)) })
            let categoryCodes = codes.indices.map { row -> Int32 in
                guard let c = category[row], !segments[Int(max(0, codes[row]))].smallBase else { return -1 }
                return codeOf[c]!
            }
            let columnName = "__kano:\(name)"
            try frame.add(
                columnName,
                .categorical(
                    CategoricalColumn(
                        codes: categoryCodes,
                        levels: categories.map(\.rawValue))))
            var tableEstimator = SurveyEstimator(frame: frame, design: estimator.design)
            tableEstimator.confidenceLevel = estimator.confidenceLevel
            let test = try? tableEstimator.domainShareTest(columnName, by: segment)
            measures.append(
                NeedsReport.Measure(
                    need: j, statistic: "categories", estimates: [], test: test,
                    adjustedPValue: test?.pValue ?? .nan))
        }
        var result = NeedsReport.Battery(
            battery: battery, measures: adjusted(measures), priorityStatistic: nil,
            priorityOrders: orders(measures, statistic: "better"))
        result.kano = kano
        return result
    }
}
