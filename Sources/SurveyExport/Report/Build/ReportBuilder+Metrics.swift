import SurveyModel
import SurveyStatistics

extension ReportBuilder {
    /// NPS, top-2-box and means overall and by segment (see `ReportBuilder`).
    static func headlines(_ context: inout ReportContext) throws -> [HeadlineMetric] {
        var metrics: [HeadlineMetric] = []
        for question in context.input.survey.whatQuestions {
            let id = question.id
            switch question.kind {
            case .nps:
                try context.numeric(id, context.answerNumbers(question: id))
                metrics.append(
                    try metric(
                        &context, id: id, label: PipedText.readable(question.text.text), kind: .nps,
                        definition: "% promoters (9–10) − % detractors (0–6)"
                    ) { try $0.nps(id, by: $1) })
            case .rating(let scale):
                try context.numeric(id, context.answerNumbers(question: id))
                let top = Double(scale.max)
                metrics.append(
                    try metric(
                        &context, id: id + ".top2", label: PipedText.readable(question.text.text) + " (top-2-box)",
                        kind: .share,
                        definition: "% answering \(scale.max - 1) or \(scale.max) on \(scale.min)–\(scale.max)"
                    ) {
                        try $0.topBox(id, by: $1, boxes: 2, scaleMax: top)
                    })
                metrics.append(
                    try metric(
                        &context, id: id + ".mean", label: PipedText.readable(question.text.text) + " (mean)",
                        kind: .mean, definition: "mean on \(scale.min)–\(scale.max)"
                    ) { try $0.mean(id, by: $1) })
            case .numeric(_, _, _, let unit):
                try context.numeric(id, context.answerNumbers(question: id))
                metrics.append(
                    try metric(
                        &context, id: id + ".mean", label: PipedText.readable(question.text.text) + " (mean)",
                        kind: .mean, definition: "mean" + (unit.map { " in \($0)" } ?? ""), unit: unit
                    ) { try $0.mean(id, by: $1) })
            default: continue
            }
        }
        return metrics
    }

    private static func metric(
        _ context: inout ReportContext, id: String, label: String, kind: HeadlineMetric.Kind, definition: String,
        unit: String? = nil, estimate: (SurveyEstimator, String?) throws -> [Estimate]
    ) throws -> HeadlineMetric {
        let overall = try estimate(context.estimator, nil)
        let segments = try context.segmentName.map { try estimate(context.estimator, $0) } ?? []
        return HeadlineMetric(
            id: id, label: label, kind: kind, definition: definition, unit: unit,
            overall: context.estimate(overall[0]), segments: context.segmentEstimates(segments))
    }

    /// Column percentages of each single-choice question by segment (not the segmenting question itself).
    static func banners(_ context: inout ReportContext) throws -> [BannerFinding] {
        guard let segmentation = context.segmentation, let segmentName = context.segmentName else { return [] }
        var tables: [BannerFinding] = []
        for question in context.input.survey.whatQuestions where question.id != segmentation.name {
            guard case .singleChoice(let source) = question.kind else { continue }
            let options = context.input.survey.options(source)
            let index = Dictionary(uniqueKeysWithValues: options.enumerated().map { ($1.code, Int32($0)) })
            let name = "__banner." + question.id
            try context.categorical(
                name,
                codes: context.completes.map { response in
                    if case .code(let code) = response.answers[question.id] { index[code] ?? -1 } else { -1 }
                }, levels: options.map(\.label.text))
            let estimates = try context.estimator.shares(name, by: segmentName)
            let rows = options.map { option in
                let cells = estimates.filter { $0.level == option.label.text }
                return BannerRow(label: option.label.text, cells: context.segmentEstimates(cells))
            }
            let bases = rows.first?.cells.map(\.estimate.base) ?? []
            let columns = segmentation.levels.enumerated().map { offset, label in
                BannerColumn(
                    label: label, letter: ReportContext.letter(offset),
                    base: bases[safe: offset] ?? ReportBase(unweighted: 0, effective: 0))
            }
            tables.append(
                BannerFinding(
                    title: PipedText.readable(question.text.text), statistic: "column %", columns: columns, rows: rows))
        }
        return tables
    }
}
