/// The flags of one response in a quality run.
public struct QualityRecord: Sendable, Hashable {
    public var responseID: String
    public var respondentID: String
    /// The graded score: the sum of the flags' weights (a response is "flagged" at 1 or more).
    public var score: Double
    /// The flag names, in a fixed order (e.g. `["speeding", "straightlining"]`).
    public var flags: [String]
    /// The evidence behind each flag as a JSON object (flag name → text); never the respondent's answers verbatim
    /// beyond what the flag needs.
    public var evidenceJSON: String

    public init(responseID: String, respondentID: String, score: Double, flags: [String], evidenceJSON: String) {
        self.responseID = responseID
        self.respondentID = respondentID
        self.score = score
        self.flags = flags
        self.evidenceJSON = evidenceJSON
    }
}
