import SurveyCollector

/// One step of a page as shown: the engine's prompt, the values its controls show, and what to correct.
public struct WebStepItem: Sendable {
    public var prompt: Prompt
    /// The values the controls show (names without the page's prefix): the stored answer, or what was just
    /// submitted when the page needs correcting.
    public var fields: FormFields
    /// A problem to correct (the engine's or the form's), shown next to the question.
    public var problem: String?
    /// A soft check's warning: the respondent may confirm the answer or change it.
    public var warning: String?

    public init(prompt: Prompt, fields: FormFields, problem: String? = nil, warning: String? = nil) {
        self.prompt = prompt
        self.fields = fields
        self.problem = problem
        self.warning = warning
    }
}

extension WebStep {
    /// Shows the engine's replies next to their steps: `.rejected` as the problem, `.needsConfirmation` as the
    /// warning (as sentences). With `keeping`, a step that already has a problem (the form's) keeps it.
    mutating func mark(_ replies: [InterviewPosition: SubmitResult], keeping: Bool) {
        for index in items.indices where !(keeping && items[index].problem != nil) {
            switch replies[items[index].prompt.position] {
            case .rejected(let message)?: items[index].problem = WebInterviews.sentence(message)
            case .needsConfirmation(let warning)?: items[index].warning = WebInterviews.sentence(warning)
            case .accepted?, nil: break
            }
        }
    }
}
