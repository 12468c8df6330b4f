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

    /// What the checker needs of one what question, flattened once from the survey.
    private struct Step: Sendable {
        var sectionIndex: Int
        var id: String
        var when: SurveyModel.Expression?
        var required: Bool
        var hardChecks: [SurveyModel.Expression]
    }

    let survey: Survey
    private let attributeTypes: [String: AttributeType]
    private let sectionConditions: [SurveyModel.Expression?]
    private let steps: [Step]

    init(survey: Survey) {
        self.survey = survey
        attributeTypes = Dictionary(survey.attributes.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        sectionConditions = survey.sections.map(\.when)
        steps = survey.sections.enumerated().flatMap { index, section in
            section.items.compactMap { item -> Step? in
                guard case .what(let question) = item else { return nil }
                return Step(
                    sectionIndex: index, id: question.id, when: question.when, required: question.required,
                    hardChecks: question.checks.filter { $0.severity == .hard }.map(\.condition))
            }
        }
    }

    func problems(answers: [String: AnswerValue], attributes: [String: String], complete: Bool) -> [Problem] {
        let lookup = ValueLookup(
            survey: survey, answers: answers, attributes: attributes, attributeTypes: attributeTypes)
        var sectionShown: [Bool?] = Array(repeating: nil, count: sectionConditions.count)
        var problems: [Problem] = []
        for step in steps {
            let inSection: Bool
            if let known = sectionShown[step.sectionIndex] {
                inSection = known
            } else {
                inSection =
                    sectionConditions[step.sectionIndex].map {
                        ExpressionEvaluator.evaluate($0, lookup: lookup.value).isTrue
                    } ?? true
                sectionShown[step.sectionIndex] = inSection
            }
            let shown =
                inSection && (step.when.map { ExpressionEvaluator.evaluate($0, lookup: lookup.value).isTrue } ?? true)
            let answer = answers[step.id]
            if !shown {
                if answer != nil {
                    problems.append(
                        Problem(questionID: step.id, message: "'\(step.id)' is answered but its condition skips it"))
                }
                continue
            }
            guard let answer else {
                if complete && step.required {
                    problems.append(Problem(questionID: step.id, message: "'\(step.id)' is required but not answered"))
                }
                continue
            }
            if answer == .dontKnow || answer == .refused { continue }
            for check in step.hardChecks where !ExpressionEvaluator.evaluate(check, lookup: lookup.value).isTrue {
                problems.append(Problem(questionID: step.id, message: "'\(step.id)' fails the check '\(check.source)'"))
            }
        }
        return problems
    }

    /// The quotas whose conditions the response meets.
    func quotas(answers: [String: AnswerValue], attributes: [String: String]) -> [String] {
        guard !survey.quotas.isEmpty else { return [] }
        let lookup = ValueLookup(
            survey: survey, answers: answers, attributes: attributes, attributeTypes: attributeTypes)
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
        case .bool:
            return text == "true" || text == "1" ? .bool(true) : text == "false" || text == "0" ? .bool(false) : .null
        case .text, .date: return .string(text)
        case nil: return Double(text).map(Value.number) ?? .string(text)
        }
    }
}
