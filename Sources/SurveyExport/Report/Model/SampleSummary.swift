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

/// How many cases ended with one AAPOR disposition code.
public struct DispositionRow: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
    /// The AAPOR outcome group (I, P, R, NC, O, UH, UO, NE).
    public var group: String
    public var count: Int
}

/// An AAPOR outcome rate (RR1, COOP1, REF1, CON1, ...), as a proportion.
public struct OutcomeRate: Sendable, Hashable, Codable {
    public var name: String
    /// nil when the denominator is zero.
    public var value: Double?
    /// The formula in AAPOR notation, e.g. `I / ((I+P) + (R+NC+O) + (UH+UO))`.
    public var formula: String
}

/// Interviews per interviewer.
public struct InterviewerCount: Sendable, Hashable, Codable {
    public var interviewer: String
    public var completes: Int
    public var cases: Int
}
