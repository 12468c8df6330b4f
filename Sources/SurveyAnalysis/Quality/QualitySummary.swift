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

/// Flag counts among the judged responses of one segment.
public struct SegmentQuality: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var judged: Int
    public var flagged: Int
    public var flagCounts: [String: Int]

    public init(id: String, label: String, judged: Int, flagged: Int, flagCounts: [String: Int]) {
        self.id = id
        self.label = label
        self.judged = judged
        self.flagged = flagged
        self.flagCounts = flagCounts
    }
}

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

/// The flags of one response, with its score.
public struct ResponseQuality: Sendable, Hashable {
    public var responseID: String
    public var respondentID: String
    public var flags: [QualityFlag]

    public init(responseID: String, respondentID: String, flags: [QualityFlag]) {
        self.responseID = responseID
        self.respondentID = respondentID
        self.flags = flags
    }

    /// The sum of the flags' weights (each kind counted once).
    public var score: Double { Self.score(flags) }

    /// The score of `flags`: the sum of the weights of the kinds among them, each kind counted once.
    static func score(_ flags: [QualityFlag]) -> Double { Set(flags.map(\.kind)).reduce(0) { $0 + $1.weight } }
}
