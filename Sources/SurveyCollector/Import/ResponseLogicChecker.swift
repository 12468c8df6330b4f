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
    private let values: ResponseValues.Lookup
    private let sectionConditions: [SurveyModel.Expression?]
    private let steps: [Step]

    init(survey: Survey) {
        self.survey = survey
        values = ResponseValues.Lookup(survey: survey)
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
        let lookup = ResponseValues(lookup: values, answers: answers, attributes: attributes)
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
        let lookup = ResponseValues(lookup: values, answers: answers, attributes: attributes)
        return survey.quotas.filter { ExpressionEvaluator.evaluate($0.when, lookup: lookup.value).isTrue }.map(\.id)
    }
}
