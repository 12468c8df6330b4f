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

/// One turn of a focus-group transcript: who spoke, what, and when.
public struct TranscriptTurn: Sendable, Hashable, Codable {
    /// The speaker's participant id, or `MOD` for the moderator.
    public var speaker: String
    public var text: String
    /// Seconds from the start of the session, when known.
    public var start: Double?
    public var end: Double?
    /// The guide section the turn belongs to, when known.
    public var sectionID: String?
    /// Marked as a quotable statement.
    public var isQuote: Bool
    /// Codes tagged inline (`#code`) or by coders.
    public var codes: [String]
    /// The 1-based line of the source file the turn came from (for messages).
    public var line: Int

    public init(
        speaker: String, text: String, start: Double? = nil, end: Double? = nil, sectionID: String? = nil,
        isQuote: Bool = false, codes: [String] = [], line: Int = 0
    ) {
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
        self.sectionID = sectionID
        self.isQuote = isQuote
        self.codes = codes
        self.line = line
    }

    /// The reserved speaker id of the moderator.
    public static let moderator = "MOD"
}
