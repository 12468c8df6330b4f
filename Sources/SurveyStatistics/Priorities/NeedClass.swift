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

/// Evidence about one need: its score in each segment, their standard errors, and the p-value of a test that
/// the scores are equal across segments. Supply design-based estimates and tests (Wald or Rao–Scott) when the
/// survey design is known; `NeedClassification.fromRespondents` builds them from respondent-level data.
public struct NeedEvidence: Sendable, Equatable {
    public var name: String
    /// Score per segment (mean importance, top-2-box share, MaxDiff stdBW, …), same order for all needs.
    public var estimates: [Double]
    /// Standard error per segment.
    public var standardErrors: [Double]
    /// Unadjusted p-value of the across-segment equality test.
    public var pValue: Double

    public init(name: String, estimates: [Double], standardErrors: [Double], pValue: Double) {
        self.name = name
        self.estimates = estimates
        self.standardErrors = standardErrors
        self.pValue = pValue
    }
}
