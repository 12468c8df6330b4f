/// Identifies one stored why-ladder step of a response: its probe, the option it is about (nil for a probe about the
/// whole question) and its depth (1 = the first "why").
public struct LadderStepKey: Sendable, Hashable {
    public var probeID: String
    public var optionCode: String?
    public var depth: Int

    public init(probeID: String, optionCode: String? = nil, depth: Int) {
        self.probeID = probeID
        self.optionCode = optionCode
        self.depth = depth
    }
}
