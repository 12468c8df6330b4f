public import SurveyModel

/// Everything a driver needs to show the current step: texts already piped and translated, options in the
/// respondent's (seeded) order, and what answers are possible. Drivers render it; they never look up the survey.
public struct Prompt: Sendable, Hashable {
    public var position: InterviewPosition
    public var surveyTitle: String
    public var sectionID: String
    public var sectionTitle: String?
    /// The 1-based number of this question among the questions the respondent will probably see.
    public var number: Int
    /// The number of questions the respondent will probably see (changes as answers open or close branches).
    public var total: Int
    /// The question, note or probe text, piped and translated.
    public var text: String
    public var help: String?
    public var kind: PromptKind
    public var required: Bool
    public var allowDontKnow: Bool
    public var allowRefused: Bool
    /// The answer already stored for this question, when coming back to it.
    public var currentAnswer: AnswerValue?
    /// The ladder text already stored for this probe step, when coming back to it.
    public var currentText: String?
}
