/// What respondents said when asked why: coded themes by segment (weighted shares, representative quotes), the
/// raw answers of segments not yet coded, and the most common ladder chains.
public struct WhyFinding: Sendable, Hashable, Codable {
    public var probeID: String
    /// The probe's question text.
    public var prompt: String
    /// The what question the probe is about.
    public var about: String
    public var segments: [WhySegment]
    /// Ladder chains (answers at levels 1, 2, ... joined), most frequent first.
    public var ladders: [LadderChain]

    public init(probeID: String, prompt: String, about: String, segments: [WhySegment], ladders: [LadderChain] = []) {
        self.probeID = probeID
        self.prompt = prompt
        self.about = about
        self.segments = segments
        self.ladders = ladders
    }
}

/// The why answers of one segment.
public struct WhySegment: Sendable, Hashable, Codable {
    public var segment: String
    /// Respondents who answered the probe.
    public var base: ReportBase
    /// Coded themes, most frequent first (empty when the answers are not coded yet).
    public var themes: [WhyTheme]
    /// Raw answers, listed when the answers are not coded (at most a handful, in response order).
    public var rawAnswers: [String]
    /// True when the base is below the report's minimum: themes' shares are withheld.
    public var smallBase: Bool

    public init(segment: String, base: ReportBase, themes: [WhyTheme], rawAnswers: [String] = [], smallBase: Bool) {
        self.segment = segment
        self.base = base
        self.themes = themes
        self.rawAnswers = rawAnswers
        self.smallBase = smallBase
    }
}

/// A coded theme: its weighted share of the segment's answerers and representative quotes.
public struct WhyTheme: Sendable, Hashable, Codable {
    public var theme: String
    public var share: ReportEstimate
    public var quotes: [String]

    public init(theme: String, share: ReportEstimate, quotes: [String]) {
        self.theme = theme
        self.share = share
        self.quotes = quotes
    }
}

/// A means–end chain from laddering: the steps from level 1 up, and how many respondents gave it.
public struct LadderChain: Sendable, Hashable, Codable {
    public var steps: [String]
    public var count: Int

    public init(steps: [String], count: Int) {
        self.steps = steps
        self.count = count
    }
}
