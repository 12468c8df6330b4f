/// The class of a need across segments (issue 5; docs/methods.md §3.3).
public enum NeedClass: String, Sendable, CaseIterable, Codable {
    /// Important in every segment, no significant difference between segments.
    case common
    /// Important in every segment, but its score differs significantly between segments (the order of
    /// priorities differs: safety first for older customers, yield first for younger ones).
    case segmentPriority = "segment-priority"
    /// Important in some segments only, with a significant difference between segments.
    case segmentSpecific = "segment-specific"
    /// Important in some segments only, but the difference between segments is not significant: the data
    /// cannot tell whether the need is common or specific.
    case borderline
    /// Important in no segment.
    case notImportant = "not-important"
}
