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
