/// A respondent attribute the survey expects from the sample or roster (age, region, interviewer, ...).
public struct AttributeDefinition: Sendable, Hashable {
    public var id: String
    public var type: AttributeType
    public var label: LocalizedText?
    /// Whether the attribute is personal data (name, phone): kept out of messages and flagged in exports.
    public var personal: Bool

    public init(id: String, type: AttributeType, label: LocalizedText? = nil, personal: Bool = false) {
        self.id = id
        self.type = type
        self.label = label
        self.personal = personal
    }
}
