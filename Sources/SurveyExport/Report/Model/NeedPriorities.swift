/// Need priorities by segment: each need's score and rank per segment and its class across segments.
public struct NeedPriorities: Sendable, Hashable, Codable {
    /// What the score is, e.g. "mean importance (1–5)".
    public var scoreLabel: String
    /// The segments (columns), in order; `NeedRow.scores` follows it.
    public var segments: [String]
    public var segmentBases: [ReportBase]
    /// Needs in descending order of their overall score.
    public var needs: [NeedRow]
    /// The share of needs in each class (common, segment-priority, segment-specific, ...).
    public var classShares: [ClassShare]
}

/// One need across segments.
public struct NeedRow: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
    /// `common`, `segment-priority`, `segment-specific`, `borderline` or `not-important`.
    public var needClass: String
    /// The score in each segment (suppressed on small bases).
    public var scores: [ReportEstimate]
    /// The rank within each segment (1 = most important); nil when suppressed.
    public var ranks: [Int?]
}

/// The share of needs that fall into a class.
public struct ClassShare: Sendable, Hashable, Codable {
    public var needClass: String
    public var share: Double
}

/// A Kano feature's category and its Better/Worse coefficients (Timko 1993).
public struct KanoResult: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
    /// The most frequent category: must-be, one-dimensional, attractive, indifferent, reverse, questionable.
    public var category: String?
    /// Better = (A + O) / (A + O + M + I), 0...1.
    public var better: Double?
    /// Worse = −(O + M) / (A + O + M + I), −1...0.
    public var worse: Double?
    public var base: ReportBase
    public var suppressed: Bool

    /// A result on `base`; category and coefficients are withheld when the base is below `minimumBase`.
    public init(
        code: String, label: String, category: String?, better: Double?, worse: Double?, base: ReportBase,
        minimumBase: Int
    ) {
        self.code = code
        self.label = label
        self.base = base
        suppressed = base.isSmall(minimum: minimumBase)
        self.category = suppressed ? nil : category
        self.better = suppressed ? nil : better
        self.worse = suppressed ? nil : worse
    }
}

/// A need placed on the importance–performance grid (Martilla & James 1977).
public struct QuadrantNeed: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
    public var importance: ReportEstimate
    public var performance: ReportEstimate
    /// "concentrate here", "keep up the good work", "low priority" or "possible overkill"; nil when suppressed.
    public var quadrant: String?

    public init(
        code: String, label: String, importance: ReportEstimate, performance: ReportEstimate,
        quadrant: String?
    ) {
        self.code = code
        self.label = label
        self.importance = importance
        self.performance = performance
        self.quadrant = importance.suppressed || performance.suppressed ? nil : quadrant
    }
}
