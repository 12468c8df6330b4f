/// Resolves expression references for one finished response, exactly as an interview would see them at its end:
/// answers (and their parts), computed variables, segments and respondent attributes, in that order.
///
/// - `{q}`: the answer's expression value (codes as strings, lists as lists, special answers null).
/// - `{q.part}`: a matrix, importance or Kano cell; for multiple choice 1 when the option is selected, 0 when not;
///   for a ranking the item's rank (null when not ranked).
/// - A what question without an answer is null (skipped).
/// - `{computed}`: evaluated on demand, seeing earlier values; `{segment}`: true or false.
/// - `{attribute}`: typed by the survey's attribute definitions (numbers, booleans `true/false/1/0`, text);
///   undeclared attributes are numbers when they parse as numbers, else text. Empty is null.
///
/// Used by statistics (computed variables and segments as analysis columns) and import checks.
public struct ResponseValues: Sendable {
    /// What resolving needs from the survey, indexed once: build one per survey and share it across responses
    /// (`init(lookup:answers:attributes:)`) when resolving many of them.
    public final class Lookup: Sendable {
        public let survey: Survey
        let questionIDs: Set<String>
        let computed: [String: Expression]
        let segments: [String: Expression]
        let attributeTypes: [String: AttributeType]

        public init(survey: Survey) {
            self.survey = survey
            questionIDs = Set(survey.whatQuestions.map(\.id))
            computed = Dictionary(
                survey.computed.map { ($0.id, $0.expression) }, uniquingKeysWith: { first, _ in first })
            segments = Dictionary(survey.segments.map { ($0.id, $0.when) }, uniquingKeysWith: { first, _ in first })
            attributeTypes = Dictionary(
                survey.attributes.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        }
    }

    public let lookup: Lookup
    public var survey: Survey { lookup.survey }
    public let answers: [String: AnswerValue]
    public let attributes: [String: String]

    public init(survey: Survey, answers: [String: AnswerValue], attributes: [String: String]) {
        self.init(lookup: Lookup(survey: survey), answers: answers, attributes: attributes)
    }

    public init(lookup: Lookup, answers: [String: AnswerValue], attributes: [String: String]) {
        self.lookup = lookup
        self.answers = answers
        self.attributes = attributes
    }

    /// The value of `reference`.
    public func value(_ reference: Reference) -> Value { resolve(reference, depth: 0) }

    /// The value of the variable `id` (a question, computed variable, segment or attribute).
    public func value(of id: String) -> Value { resolve(Reference(id: id), depth: 0) }

    /// Evaluates `expression` for this response.
    public func evaluate(_ expression: Expression) -> Value {
        ExpressionEvaluator.evaluate(expression) { resolve($0, depth: 0) }
    }

    private func resolve(_ reference: Reference, depth: Int) -> Value {
        guard depth < 32 else { return .null }
        if let answer = answers[reference.id] {
            return answer.expressionValue(part: reference.part)
        }
        if lookup.questionIDs.contains(reference.id) || reference.part != nil { return .null }
        if let computed = lookup.computed[reference.id] {
            return ExpressionEvaluator.evaluate(computed) { resolve($0, depth: depth + 1) }
        }
        if let segment = lookup.segments[reference.id] {
            return .bool(ExpressionEvaluator.evaluate(segment) { resolve($0, depth: depth + 1) }.isTrue)
        }
        guard let text = attributes[reference.id], !text.isEmpty else { return .null }
        switch lookup.attributeTypes[reference.id] {
        case .number: return Double(text).map(Value.number) ?? .null
        case .bool:
            switch text.lowercased() {
            case "true", "1", "yes": return .bool(true)
            case "false", "0", "no": return .bool(false)
            default: return .null
            }
        case .text, .date: return .string(text)
        case nil: return Double(text).map(Value.number) ?? .string(text)
        }
    }
}
