/// Indicators of one interviewer's complete interviews, so a supervisor can spot a problem interviewer.
///
/// `concerns` names the indicators far from the other interviewers': a median duration under 60% of the overall
/// median, or a don't-know share or straightlining share more than twice the overall share and 5 points above it.
/// Judged for interviewers with at least 10 interviews.
public struct InterviewerQuality: Sendable, Hashable, Codable {
    public var interviewer: String
    public var interviews: Int
    /// Median duration in seconds (nil when no interview has both times).
    public var medianSeconds: Double?
    /// Share of asked closed questions answered "don't know" or "refused".
    public var dontKnowShare: Double
    /// Share of interviews with a straightlining flag.
    public var straightliningShare: Double
    /// Share of interviews at or above the flagged score.
    public var flaggedShare: Double
    public var concerns: [String]

    public init(
        interviewer: String, interviews: Int, medianSeconds: Double?, dontKnowShare: Double,
        straightliningShare: Double, flaggedShare: Double, concerns: [String]
    ) {
        self.interviewer = interviewer
        self.interviews = interviews
        self.medianSeconds = medianSeconds
        self.dontKnowShare = dontKnowShare
        self.straightliningShare = straightliningShare
        self.flaggedShare = flaggedShare
        self.concerns = concerns
    }
}
