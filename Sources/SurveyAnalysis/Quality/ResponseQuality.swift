/// The flags of one response, with its score.
public struct ResponseQuality: Sendable, Hashable {
    public var responseID: String
    public var respondentID: String
    public var flags: [QualityFlag]

    public init(responseID: String, respondentID: String, flags: [QualityFlag]) {
        self.responseID = responseID
        self.respondentID = respondentID
        self.flags = flags
    }

    /// The sum of the flags' weights (each kind counted once).
    public var score: Double { Self.score(flags) }

    /// The score of `flags`: the sum of the weights of the kinds among them, each kind counted once.
    static func score(_ flags: [QualityFlag]) -> Double { FlagKinds.score(FlagKinds.bits(flags)) }
}
