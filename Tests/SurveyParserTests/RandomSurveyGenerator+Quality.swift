import SurveyModel

@testable import SurveyParser

extension RandomSurveyGenerator {
    /// Adds attention checks to some questions (valid for each kind: an offered code, a scale point, a value
    /// within the bounds, a grid row) and consistency rules to some surveys. Runs after the questions are drawn,
    /// so the rest of a seed's survey does not change.
    mutating func addQualityDeclarations(to survey: inout Survey) {
        for sectionIndex in survey.sections.indices {
            for itemIndex in survey.sections[sectionIndex].items.indices {
                guard case .what(var question) = survey.sections[sectionIndex].items[itemIndex],
                    random.chance(0.3), let check = attentionCheck(for: question.kind, in: survey)
                else { continue }
                question.attentionCheck = check
                survey.sections[sectionIndex].items[itemIndex] = .what(question)
            }
        }
        if random.chance(0.6) {
            survey.consistencyRules = (1...random.int(1...3)).map { index in
                ConsistencyRule(
                    id: "rule_\(index)", expression: condition() ?? expression("{age} >= 0 or {older}"),
                    message: localized())
            }
        }
    }

    private mutating func attentionCheck(for kind: WhatKind, in survey: Survey) -> AttentionCheck? {
        func codes(_ source: OptionSource) -> [String] { survey.options(source).map(\.code) }
        func point(_ scale: RatingScale) -> String { String(random.int(scale.min...scale.max)) }
        switch kind {
        case .singleChoice(let source):
            let all = codes(source)
            return AttentionCheck(expected: random.chance(0.3) ? all : [random.pick(all)])
        case .multipleChoice(let source, let min, let max):
            let all = codes(source)
            let count = Swift.min(Swift.max(1, min ?? 1), max ?? all.count, all.count)
            return AttentionCheck(expected: Array(all.prefix(count)))
        case .rating(let scale):
            return AttentionCheck(expected: [point(scale), point(scale)])
        case .nps:
            return AttentionCheck(expected: [String(random.int(0...10))])
        case .numeric(_, let min, let max, _):
            return AttentionCheck(expected: [Value.format(min ?? max ?? 42)])
        case .date(let min, let max):
            return AttentionCheck(expected: [min ?? max ?? "2026-01-31"])
        case .matrix(let rows, let scale), .importance(let rows, let scale, _):
            return AttentionCheck(row: random.pick(rows).code, expected: [point(scale)])
        case .text, .ranking, .maxDiff, .kano:
            return nil
        }
    }
}
