import SurveyModel

extension SurveyItem {
    /// The item shown only when `condition` also holds (joined with `and` to its own condition).
    func restricted(to condition: Expression?) -> SurveyItem {
        guard let condition else { return self }
        func joined(_ own: Expression?) -> Expression {
            guard let own else { return condition }
            return Expression(root: ExpressionNode(.binary(.and, condition.root, own.root)))
        }
        switch self {
        case .what(var question):
            question.when = joined(question.when)
            return .what(question)
        case .why(var probe):
            probe.when = joined(probe.when)
            return .why(probe)
        case .note(var note):
            note.when = joined(note.when)
            return .note(note)
        }
    }
}
