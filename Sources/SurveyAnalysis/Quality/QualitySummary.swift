/// What a quality run found, in counts: stored with the run (its report JSON), shown by `voc quality` and
/// `voc status`, and drawn by the report's data-quality section.
public struct QualitySummary: Sendable, Hashable, Codable {
    /// Complete responses judged.
    public var judged: Int
    /// Responses at or above the flagged score.
    public var flagged: Int
    /// Responses carrying each flag (by flag name; flags nobody carries are left out).
    public var flagCounts: [String: Int]
    /// The same by segment of the survey, in the survey's segment order.
    public var segments: [SegmentQuality]
    /// Per-interviewer indicators (interviews with an interviewer only), by interviewer.
    public var interviewers: [InterviewerQuality]
    /// Checks that could not be made, and why (e.g. "speeding not judged in mode web: 3 timed responses").
    public var notes: [String]

    public init(
        judged: Int, flagged: Int, flagCounts: [String: Int], segments: [SegmentQuality],
        interviewers: [InterviewerQuality], notes: [String]
    ) {
        self.judged = judged
        self.flagged = flagged
        self.flagCounts = flagCounts
        self.segments = segments
        self.interviewers = interviewers
        self.notes = notes
    }
}
