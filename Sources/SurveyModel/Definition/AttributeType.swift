/// The value type of a respondent attribute.
public enum AttributeType: String, Sendable, Hashable, Codable, CaseIterable {
    case number, text, date, bool
}
