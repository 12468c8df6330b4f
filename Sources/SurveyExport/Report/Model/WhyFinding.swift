/// What respondents said when asked why: coded themes by segment (weighted shares, representative quotes), the
/// raw answers of segments not yet coded, and the means-end ladders (docs/methods.md §1.3): the most common chains
/// of coded steps and the value map.
public struct WhyFinding: Sendable, Hashable, Codable {
    public var probeID: String
    /// The probe's question text.
    public var prompt: String
    /// The what question the probe is about.
    public var about: String
    public var segments: [WhySegment]
    /// The most common ladders of everyone (coded steps only, by label), most frequent first.
    public var ladders: [LadderChain] = []
    /// The value map of everyone's ladders; nil when the probe's codes have no means-end levels.
    public var valueMap: ValueMapSummary?
    /// Why there are no ladders, when the probe asks for a ladder but its codes cannot form one.
    public var ladderNote: String?
}
