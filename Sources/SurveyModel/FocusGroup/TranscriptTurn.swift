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
