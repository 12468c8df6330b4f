import SurveyModel
import SurveyStatistics

extension ReportBuilder {
    /// Mean importance of every need by segment with its class across segments (first importance battery).
    static func needPriorities(_ context: inout ReportContext) throws -> NeedPriorities? {
        guard let (question, needs, scale, _) = importanceBattery(context.input.survey) else { return nil }
        var rows: [(need: ChoiceOption, estimates: [Estimate])] = []
        for need in needs {
            let name = "\(question.id).\(need.code)"
            try context.numeric(name, context.answerNumbers(question: question.id, key: need.code))
            let estimates =
                try context.segmentName.map { try context.estimator.mean(name, by: $0) }
                ?? context.estimator.mean(name)
            rows.append((need, estimates))
        }
        let segments = context.segmentation?.levels ?? ["All respondents"]
        let threshold = Double(scale.min) + 0.75 * Double(scale.max - scale.min)
        let evidence = rows.map { row in
            let estimates = row.estimates.map(\.estimate)
            let errors = row.estimates.map(\.se)
            return NeedEvidence(
                name: row.need.code, estimates: estimates, standardErrors: errors,
                pValue: NeedClassification.equalityTest(estimates: estimates, standardErrors: errors).pValue)
        }
        let classification = try? NeedClassification(evidence, options: .init(importanceThreshold: threshold))
        let results = Dictionary((classification?.results ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let needRows = rows.map { row in
            let scores = row.estimates.map { context.estimate($0) }
            let result = results[row.need.code]
            let ranks = scores.indices.map { index -> Int? in
                guard !scores[index].suppressed, let rank = result?.rankInSegment[safe: index], rank.isFinite
                else { return nil }
                return Int(rank.rounded())
            }
            return NeedRow(
                code: row.need.code, label: row.need.label.text,
                needClass: result?.needClass.rawValue ?? "unclassified", scores: scores, ranks: ranks)
        }
        let overall = rows.map { row in row.estimates.map(\.estimate).filter(\.isFinite).reduce(0, +) }
        let ordered = needRows.indices.sorted { overall[$0] > overall[$1] }.map { needRows[$0] }
        let shares = (classification?.shares ?? [:]).filter { $0.value > 0 }
            .sorted { $0.key.rawValue < $1.key.rawValue }
            .map { ClassShare(needClass: $0.key.rawValue, share: $0.value) }
        return NeedPriorities(
            scoreLabel:
                "mean importance (\(scale.min)–\(scale.max)); important from "
                + ReportFormat.decimal(threshold, digits: 2),
            segments: segments, segmentBases: rows.first?.estimates.map { context.estimate($0).base } ?? [],
            needs: ordered, classShares: shares)
    }

    /// Importance and performance means of the first battery that rates performance, placed in quadrants.
    static func quadrants(_ context: inout ReportContext) throws -> [QuadrantNeed] {
        guard let (question, needs, _, performance) = importanceBattery(context.input.survey), performance != nil
        else { return [] }
        var pairs: [(ChoiceOption, ReportEstimate, ReportEstimate)] = []
        for need in needs {
            let importanceName = "\(question.id).\(need.code)"
            let performanceName = importanceName + ".perf"
            try context.numeric(importanceName, context.answerNumbers(question: question.id, key: need.code))
            try context.numeric(
                performanceName,
                context.answerNumbers(question: question.id, key: need.code + ".perf"))
            pairs.append(
                (
                    need, context.estimate(try context.estimator.mean(importanceName)[0]),
                    context.estimate(try context.estimator.mean(performanceName)[0])
                ))
        }
        let usable = pairs.filter { $0.1.value != nil && $0.2.value != nil }
        // Too few completes for any shown mean (a small base): the needs are listed without quadrants.
        let placements =
            usable.isEmpty
            ? []
            : try ImportancePerformance.analyze(
                importance: usable.map { $0.1.value ?? 0 }, performance: usable.map { $0.2.value ?? 0 }
            ).placements
        let quadrantByCode = Dictionary(uniqueKeysWithValues: zip(usable.map(\.0.code), placements.map(\.quadrant)))
        return pairs.map { need, importance, performance in
            QuadrantNeed(
                code: need.code, label: need.label.text, importance: importance, performance: performance,
                quadrant: quadrantByCode[need.code]?.rawValue)
        }
    }

    /// Better, Worse and category of every Kano feature (weighted).
    static func kano(_ context: ReportContext) throws -> [KanoResult] {
        var results: [KanoResult] = []
        for question in context.input.survey.whatQuestions {
            guard case .kano(let features) = question.kind else { continue }
            for feature in features {
                func answers(_ suffix: String) -> [KanoAnswer?] {
                    context.completes.map { response in
                        guard case .grid(let grid) = response.answers[question.id],
                            let value = grid["\(feature.code).\(suffix)"]
                        else { return nil }
                        return KanoAnswer(rawValue: Int(value))
                    }
                }
                let functional = answers("f")
                let dysfunctional = answers("d")
                let summary = try KanoSummary(
                    functional: functional, dysfunctional: dysfunctional,
                    weights: context.weights)
                let rows = functional.indices.filter { functional[$0] != nil && dysfunctional[$0] != nil }
                let base = ReportBase(unweighted: rows.count, effective: context.effectiveBase(rows: rows))
                let category = summary.respondents > 0 ? kanoName(summary.classification().category) : nil
                results.append(
                    KanoResult(
                        code: feature.code, label: feature.label.text, category: category,
                        better: summary.better.isFinite ? summary.better : nil,
                        worse: summary.worse.isFinite ? summary.worse : nil, base: base,
                        minimumBase: context.input.minimumBase))
            }
        }
        return results
    }

    static func kanoName(_ category: KanoCategory) -> String {
        switch category {
        case .attractive: "attractive"
        case .oneDimensional: "one-dimensional"
        case .mustBe: "must-be"
        case .indifferent: "indifferent"
        case .reverse: "reverse"
        case .questionable: "questionable"
        }
    }

    static func importanceBattery(
        _ survey: Survey
    )
        -> (WhatQuestion, [ChoiceOption], RatingScale, RatingScale?)?
    {
        for question in survey.whatQuestions {
            if case .importance(let needs, let scale, let performance) = question.kind {
                return (question, needs, scale, performance)
            }
        }
        return nil
    }
}
