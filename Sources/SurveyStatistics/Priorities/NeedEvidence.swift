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
