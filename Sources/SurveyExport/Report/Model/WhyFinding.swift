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

/// The why answers of one segment.
public struct WhySegment: Sendable, Hashable, Codable {
    public var segment: String
    /// Respondents who answered the probe.
    public var base: ReportBase
    /// Coded themes, most frequent first (empty when the answers are not coded yet).
    public var themes: [WhyTheme]
    /// Raw answers, listed when the answers are not coded (at most a handful, in response order).
    public var rawAnswers: [String] = []
    /// True when the base is below the report's minimum: themes' shares are withheld.
    public var smallBase: Bool
    /// The segment's most common ladders (coded steps only), most frequent first.
    public var ladders: [LadderChain] = []
}

/// A coded theme: its weighted share of the segment's answerers and representative quotes.
public struct WhyTheme: Sendable, Hashable, Codable {
    public var theme: String
    public var share: ReportEstimate
    public var quotes: [String]
}

/// A means–end chain from laddering: its codes' labels from the attribute up, and how many respondents gave it.
public struct LadderChain: Sendable, Hashable, Codable {
    public var steps: [String]
    public var count: Int
}
