/// Sample and fieldwork: completes, dispositions, AAPOR outcome rates, fieldwork dates and interviewers.
public struct SampleSummary: Sendable, Hashable, Codable {
    public var completes: Int
    /// Every case in the sample file (all dispositions).
    public var cases: Int
    public var dispositions: [DispositionRow] = []
    public var rates: [OutcomeRate] = []
    /// First and last interview date (`YYYY-MM-DD`), if known.
    public var fieldworkStart: String?
    public var fieldworkEnd: String?
    public var interviewers: [InterviewerCount] = []
}
