/// The report's data-quality section: how many complete responses carry which flag of a quality run, overall and
/// by segment, and what the estimates left out.
public struct DataQualityFinding: Sendable, Hashable, Codable {
    /// The quality run the section shows.
    public var run: String
    /// Complete responses (all of them, including any left out of the estimates).
    public var completes: Int
    /// Completes at or above the run's flagged score.
    public var flagged: Int
    public var flaggedScore: Double
    /// Completes left out of the estimates (`--exclude-flagged`), and the rules that chose them.
    public var excluded: Int
    public var exclusionRules: String?
    /// Segment labels, in the report's segment order (empty without a segmentation).
    public var segments: [String]
    /// Completes per segment.
    public var segmentCompletes: [Int]
    /// One row per flag that any complete carries.
    public var rows: [DataQualityRow]
}
