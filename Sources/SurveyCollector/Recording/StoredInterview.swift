public import SurveyModel

/// A stored interview, as needed to resume it.
public struct StoredInterview: Sendable, Hashable {
    public var response: Response
    public var respondent: Respondent
    /// The step shown when the interview stopped (nil: not recorded, or finished).
    public var cursor: InterviewPosition?
    public var language: String?
}
