import Foundation
import SurveyModel

extension InterviewEngine {
    /// Whether an optional condition holds (`nil` means always).
    func isTrue(_ condition: SurveyModel.Expression?) -> Bool {
        guard let condition else { return true }
        return evaluate(condition).isTrue
    }

    func evaluate(_ expression: SurveyModel.Expression, candidate: (String, AnswerValue)? = nil) -> Value {
        ExpressionEvaluator.evaluate(expression) { value(of: $0, candidate: candidate, depth: 0) }
    }

    /// The value of `{id}` or `{id.part}`, looked up in this order: the candidate answer being checked, answers
    /// to what questions, computed variables, segments (true/false), respondent attributes (numbers when they
    /// parse as numbers, `true`/`false` as booleans). Unknown or unanswered: null.
    ///
    /// Parts: `{grid.row}` is a matrix, importance or Kano cell; `{multi.code}` is 1 when the option is selected,
    /// 0 when not; `{rank.item}` is the item's rank (null when not ranked).
    func value(of reference: Reference, candidate: (String, AnswerValue)? = nil, depth: Int) -> Value {
        let id = reference.id
        let answer = candidate?.0 == id ? candidate?.1 : answers[id]
        if let answer {
            return answer.expressionValue(part: reference.part)
        }
        if reference.part == nil {
            if let computed = computedValues[id] { return computed }
            if depth < 8, let segment = survey.segments.first(where: { $0.id == id }) {
                let result = ExpressionEvaluator.evaluate(segment.when) {
                    value(of: $0, candidate: candidate, depth: depth + 1)
                }
                return .bool(result.isTrue)
            }
            if let text = respondent.attributes[id] { return Self.attributeValue(text) }
        }
        return .null
    }

    static func attributeValue(_ text: String) -> Value {
        if let number = Double(text), number.isFinite { return .number(number) }
        switch text.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return text.isEmpty ? .null : .string(text)
        }
    }

    /// Re-evaluates the computed variables in declaration order (each sees the earlier ones).
    mutating func recomputeComputed() {
        guard !survey.computed.isEmpty else { return }
        computedValues = [:]
        for variable in survey.computed {
            let result = evaluate(variable.expression)
            computedValues[variable.id] = result
        }
    }

    /// `text` with `{id}` / `{id.part}` references replaced: answers to coded questions by their option labels
    /// (in the interview language), other values by their text; `{answer}` and `{previous}` by `extra`.
    /// References to unknown names are left as written.
    func pipe(_ text: String, extra: [String: String] = [:]) -> String {
        guard text.contains("{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += pipedValue(name, extra: extra) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func pipedValue(_ name: String, extra: [String: String]) -> String? {
        if let value = extra[name] { return value }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let id = parts.first else { return nil }
        let reference = Reference(id: id, part: parts.count > 1 ? parts[1] : nil)
        if reference.part == nil, let question = plan.questions[id] {
            return answers[id].map { label(of: $0, for: question) } ?? ""
        }
        let known =
            plan.index[id] != nil || computedValues[id] != nil || respondent.attributes[id] != nil
            || survey.segments.contains { $0.id == id } || survey.attributes.contains { $0.id == id }
        return known ? value(of: reference, depth: 0).description : nil
    }

    /// A readable form of an answer: option labels for codes, values otherwise.
    func label(of answer: AnswerValue, for question: WhatQuestion) -> String {
        let options = survey.options(of: question)
        func name(_ code: String) -> String {
            options.first { $0.code == code }.map { $0.label.resolved(in: language) } ?? code
        }
        switch answer {
        case .code(let code): return name(code)
        case .codes(let codes): return codes.map(name).joined(separator: ", ")
        case .ranking(let codes): return codes.map(name).joined(separator: " > ")
        case .number(let number):
            if case .rating(let scale) = question.kind, let label = scale.label(of: Int(number)) {
                return label.resolved(in: language)
            }
            return Value.format(number)
        case .text(let text), .date(let text): return text
        case .dontKnow, .refused, .grid, .maxDiff: return ""
        }
    }

    /// The options currently offered, in the respondent's display order (options whose `when` is false left out).
    func shownOptions(of question: WhatQuestion) -> [ChoiceOption] {
        let byCode = Dictionary(survey.options(of: question).map { ($0.code, $0) }) { first, _ in first }
        let order = plan.orders[question.id] ?? survey.options(of: question).map(\.code)
        return order.compactMap { byCode[$0] }.filter { isTrue($0.when) }
    }
}
