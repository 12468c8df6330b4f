/// A focus-group participant from the roster.
///
/// `displayName` is personal data: it is shown to the note-taker but kept out of error messages and exports
/// (which use `id`). Without recorded consent a participant cannot take part.
public struct Participant: Sendable, Hashable, Codable {
    public var id: String
    public var displayName: String
    /// Segment attributes (age band, industry, tenure...), as in the roster file.
    public var attributes: [String: String]
    public var consent: Bool
    /// Analysis weight (1 when the roster has none).
    public var weight: Double

    public init(id: String, displayName: String, attributes: [String: String] = [:], consent: Bool, weight: Double = 1)
    {
        self.id = id
        self.displayName = displayName
        self.attributes = attributes
        self.consent = consent
        self.weight = weight
    }
}
