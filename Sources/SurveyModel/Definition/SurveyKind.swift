/// What a definition file describes.
public enum SurveyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A questionnaire answered by one respondent at a time.
    case survey
    /// A focus-group discussion guide run with several participants at once.
    case focusGroup = "focus-group"
}
