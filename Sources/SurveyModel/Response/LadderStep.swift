/// One step of a why ladder: the answer at `depth` (1 = the first "why") to a probe about a what question.
public struct LadderStep: Sendable, Hashable, Codable {
    public var probeID: String
    /// The what question probed.
    public var questionID: String
    /// For per-option probes, the option code the ladder is about.
    public var optionCode: String?
    public var depth: Int
    public var text: String

    public init(probeID: String, questionID: String, optionCode: String? = nil, depth: Int, text: String) {
        self.probeID = probeID
        self.questionID = questionID
        self.optionCode = optionCode
        self.depth = depth
        self.text = text
    }
}
