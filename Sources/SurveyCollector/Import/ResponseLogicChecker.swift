import Foundation
import SurveyModel

/// Checks a whole response against the survey's routing: answers to questions whose `when` condition (or whose
/// section's condition) is false are reported, and so are required questions left unanswered in a complete
/// response, as well as failed hard checks.
///
/// Conditions are evaluated with `ExpressionEvaluator` in document order, seeing answers, respondent attributes
/// (typed by the survey's attribute definitions), computed variables and segments, exactly as an interview would.
struct ResponseLogicChecker: Sendable {
    /// A logic problem tied to a question.
    struct Problem: Sendable, Hashable {
        var questionID: String
        var message: String
    }

    let survey: Survey
    private let attributeTypes: [String: AttributeType]

    init(survey: Survey) {
        self.survey = survey
        attributeTypes = Dictionary(survey.attributes.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    func problems(answers: [String: AnswerValue], attributes: [String: String], complete: Bool) -> [Problem] {
        let lookup = ValueLookup(survey: survey, answers: answers, attributes: attributes, attributeTypes: attributeTypes)
        var problems: [Problem] = []
        for section in survey.sections {
            let sectionShown = section.when.map { ExpressionEvaluator.evaluate($0, lookup: lookup.value).isTrue } ?? true
            for item in section.items {
                guard case .what(let question) = item else { continue }
                let shown =
                    sectionShown && (question.when.map { ExpressionEvaluator.evaluate($0, lookup: lookup.value).isTrue } ?? true)
                let answer = answers[question.id]
                if !shown {
                    if answer != nil {
                        problems.append(
                            Problem(questionID: question.id, message: "'\(question.id)' is answered but its condition skips it"))
                    }
                    continue
                }
                guard let answer else {
                    if complete && question.required {
                        problems.append(Problem(questionID: question.id, message: "'\(question.id)' is required but not answered"))
                    }
                    continue
                }
                if answer == .dontKnow || answer == .refused { continue }
                for check in question.checks where check.severity == .hard {
                    if !ExpressionEvaluator.evaluate(check.condition, lookup: lookup.value).isTrue {
                        problems.append(
                            Problem(questionID: question.id, message: "'\(question.id)' fails the check '\(check.condition.source)'"))
                    }
                }
            }
        }
        return problems
    }

    /// The quotas whose conditions the response meets.
    func quotas(answers: [String: AnswerValue], attributes: [String: String]) -> [String] {
        guard !survey.quotas.isEmpty else { return [] }
        let lookup = ValueLookup(survey: survey, answers: answers, attributes: attributes, attributeTypes: attributeTypes)
        return survey.quotas.filter { ExpressionEvaluator.evaluate($0.when, lookup: lookup.value).isTrue }.map(\.id)
    }
}

/// Resolves expression references for one response: answers (and grid parts), computed variables, segments and
/// respondent attributes, in that order of precedence.
private struct ValueLookup {
    let survey: Survey
    let answers: [String: AnswerValue]
    let attributes: [String: String]
    let attributeTypes: [String: AttributeType]

    func value(_ reference: Reference) -> Value { resolve(reference, depth: 0) }

    private func resolve(_ reference: Reference, depth: Int) -> Value {
        guard depth < 32 else { return .null }
        if let answer = answers[reference.id] {
            if let part = reference.part {
                if case .grid(let grid) = answer { return grid[part].map(Value.number) ?? .null }
                return .null
            }
            return answer.expressionValue
        }
        if survey.whatQuestion(reference.id) != nil { return .null }
        if let computed = survey.computed.first(where: { $0.id == reference.id }) {
            return ExpressionEvaluator.evaluate(computed.expression) { resolve($0, depth: depth + 1) }
        }
        if let segment = survey.segments.first(where: { $0.id == reference.id }) {
            return .bool(ExpressionEvaluator.evaluate(segment.when) { resolve($0, depth: depth + 1) }.isTrue)
        }
        guard let text = attributes[reference.id], !text.isEmpty else { return .null }
        switch attributeTypes[reference.id] {
        case .number: return Double(text).map(Value.number) ?? .null
        case .bool: return text == "true" || text == "1" ? .bool(true) : text == "false" || text == "0" ? .bool(false) : .null
        case .text, .date: return .string(text)
        case nil: return Double(text).map(Value.number) ?? .string(text)
        }
    }
}
