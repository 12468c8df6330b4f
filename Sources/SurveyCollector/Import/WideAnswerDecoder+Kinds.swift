import Foundation
import SurveyModel

extension WideAnswerDecoder {
    /// The typed answer of `question` from its cells; appends a problem per bad cell.
    static func value(
        of question: WhatQuestion, plan: QuestionPlan, cells: [String], survey: Survey, problems: inout [Problem]
    ) -> AnswerValue? {
        let id = question.id
        func cell(_ name: String) -> (index: Int, text: String)? {
            guard let index = plan.index(name), !cells[index].isEmpty else { return nil }
            return (index, cells[index])
        }
        switch question.kind {
        case .singleChoice(let source):
            guard let (index, text) = cell(id) else { return nil }
            guard survey.options(source).contains(where: { $0.code == text }) else {
                problems.append(
                    Problem(column: index, message: "'\(id)' has a code that is not an option of the question"))
                return nil
            }
            return .code(text)
        case .multipleChoice(let source, let min, let max):
            let options = survey.options(source)
            var selected: [String] = []
            for option in options {
                guard let (index, text) = cell("\(id).\(option.code)") else { continue }
                switch text {
                case "1": selected.append(option.code)
                case "0": break
                default: problems.append(Problem(column: index, message: "'\(id).\(option.code)' must be 0 or 1"))
                }
            }
            let first = plan.firstColumn ?? 0
            if let min, selected.count < min {
                problems.append(Problem(column: first, message: "'\(id)' needs at least \(min) selections"))
            }
            if let max, selected.count > max {
                problems.append(Problem(column: first, message: "'\(id)' allows at most \(max) selections"))
            }
            let exclusive = options.filter(\.exclusive).map(\.code)
            if selected.count > 1, selected.contains(where: exclusive.contains) {
                problems.append(Problem(column: first, message: "'\(id)' combines an exclusive option with others"))
            }
            return .codes(selected)
        case .rating(let scale):
            guard let (index, text) = cell(id) else { return nil }
            return scaleValue(text, scale.min...scale.max, column: index, name: id, problems: &problems)
                .map { .number(Double($0)) }
        case .nps:
            guard let (index, text) = cell(id) else { return nil }
            return scaleValue(text, 0...10, column: index, name: id, problems: &problems).map { .number(Double($0)) }
        case .numeric(let integer, let min, let max, _):
            guard let (index, text) = cell(id) else { return nil }
            guard let number = Double(text), number.isFinite else {
                problems.append(Problem(column: index, message: "'\(id)' must be a number"))
                return nil
            }
            if integer && number != number.rounded() {
                problems.append(Problem(column: index, message: "'\(id)' must be a whole number"))
            }
            if let min, number < min {
                problems.append(Problem(column: index, message: "'\(id)' is below its minimum \(Value.format(min))"))
            }
            if let max, number > max {
                problems.append(Problem(column: index, message: "'\(id)' is above its maximum \(Value.format(max))"))
            }
            return .number(number)
        case .text(let maxLength, let pattern):
            guard let (index, text) = cell(id) else { return nil }
            if let maxLength, text.count > maxLength {
                problems.append(Problem(column: index, message: "'\(id)' is longer than \(maxLength) characters"))
            }
            if let pattern, let regex = try? Regex(pattern), (try? regex.wholeMatch(in: text)) == nil {
                problems.append(Problem(column: index, message: "'\(id)' does not match the question's pattern"))
            }
            return .text(text)
        case .date(let min, let max):
            guard let (index, text) = cell(id) else { return nil }
            guard isDate(text) else {
                problems.append(Problem(column: index, message: "'\(id)' must be a date YYYY-MM-DD"))
                return nil
            }
            if let min, text < min { problems.append(Problem(column: index, message: "'\(id)' is before \(min)")) }
            if let max, text > max { problems.append(Problem(column: index, message: "'\(id)' is after \(max)")) }
            return .date(text)
        case .ranking(let source, let top):
            let items = survey.options(source)
            let limit = top ?? items.count
            var ranked: [(rank: Int, code: String)] = []
            for item in items {
                guard let (index, text) = cell("\(id).\(item.code)") else { continue }
                if let rank = scaleValue(
                    text, 1...Swift.max(1, limit), column: index, name: "\(id).\(item.code)", problems: &problems)
                {
                    ranked.append((rank, item.code))
                }
            }
            let ranks = ranked.map(\.rank).sorted()
            if !ranks.isEmpty && ranks != Array(1...ranks.count) {
                problems.append(
                    Problem(
                        column: plan.firstColumn ?? 0,
                        message: "'\(id)' ranks must be 1, 2, 3, ... without gaps or ties"))
            }
            return .ranking(ranked.sorted { $0.rank < $1.rank }.map(\.code))
        case .matrix(let rows, let scale):
            return grid(rows.map { ("\(id).\($0.code)", $0.code, scale) }, cell: cell, problems: &problems)
        case .importance(let needs, let scale, let performance):
            var keys = needs.map { ("\(id).\($0.code)", $0.code, scale) }
            if let performance { keys += needs.map { ("\(id).\($0.code).perf", "\($0.code).perf", performance) } }
            return grid(keys, cell: cell, problems: &problems)
        case .kano(let features):
            let scale = RatingScale(min: 1, max: 5)
            return grid(
                features.flatMap {
                    [("\(id).\($0.code).f", "\($0.code).f", scale), ("\(id).\($0.code).d", "\($0.code).d", scale)]
                },
                cell: cell, problems: &problems)
        case .maxDiff(let items, _, let sets, _):
            let codes = Set(items.map(\.code))
            var choices: [MaxDiffChoice] = []
            for set in 1...Swift.max(1, sets) {
                let shownCell = cell("\(id).s\(set).shown")
                let bestCell = cell("\(id).s\(set).best")
                let worstCell = cell("\(id).s\(set).worst")
                guard let shownCell, let bestCell, let worstCell else {
                    if let some = shownCell ?? bestCell ?? worstCell {
                        problems.append(Problem(column: some.index, message: "'\(id)' set \(set) is incomplete"))
                    }
                    continue
                }
                let shown = shownCell.text.split(separator: ";").map(String.init)
                if !shown.allSatisfy(codes.contains) || Set(shown).count != shown.count {
                    problems.append(
                        Problem(column: shownCell.index, message: "'\(id)' set \(set) shows unknown or repeated items"))
                }
                if !shown.contains(bestCell.text) {
                    problems.append(
                        Problem(column: bestCell.index, message: "'\(id)' set \(set) best is not among the items shown")
                    )
                }
                if !shown.contains(worstCell.text) || worstCell.text == bestCell.text {
                    problems.append(
                        Problem(
                            column: worstCell.index,
                            message: "'\(id)' set \(set) worst is not a shown item other than best"))
                }
                choices.append(MaxDiffChoice(shown: shown, best: bestCell.text, worst: worstCell.text))
            }
            return .maxDiff(choices)
        }
    }

    private static func grid(
        _ keys: [(column: String, key: String, scale: RatingScale)], cell: (String) -> (index: Int, text: String)?,
        problems: inout [Problem]
    ) -> AnswerValue {
        var values: [String: Double] = [:]
        for (column, key, scale) in keys {
            guard let (index, text) = cell(column) else { continue }
            if let value = scaleValue(text, scale.min...scale.max, column: index, name: column, problems: &problems) {
                values[key] = Double(value)
            }
        }
        return .grid(values)
    }

    /// Whether `text` is a valid calendar date `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
