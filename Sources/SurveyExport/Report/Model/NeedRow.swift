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
