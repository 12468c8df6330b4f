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
