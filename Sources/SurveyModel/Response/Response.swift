import Foundation

/// One respondent's interview (complete or not): the answers, the why-ladder steps, and its disposition.
public struct Response: Sendable, Hashable, Codable {
    public var id: String
    public var respondentID: String
    public var surveyID: String
    /// The definition version the response was collected with.
    public var surveyVersion: SemanticVersion
    public var status: ResponseStatus
    /// The AAPOR final (or temporary) disposition code, e.g. `1.1` complete, `2.112` refusal.
    public var disposition: DispositionCode
    /// When the interview started; nil when unknown (an imported response whose file did not record it).
    /// Interviews always set it. Nothing fills it in: code measuring durations must skip a nil start.
    public var startedAt: Date?
    /// When the response last changed: the last answer or status change of an interview, or the `updated_at` an
    /// imported file gives (else its `completed_at` or `started_at`, else the time of the import).
    public var updatedAt: Date
    /// The per-respondent randomization seed; replaying with it shows exactly the same order.
    public var seed: UInt64
    /// What answers by question id.
    public var answers: [String: AnswerValue]
    /// Specify texts for "other" options, keyed `question.code`.
    public var otherTexts: [String: String]
    /// Why answers, one per ladder step.
    public var ladder: [LadderStep]

    public init(
        id: String, respondentID: String, surveyID: String, surveyVersion: SemanticVersion,
        status: ResponseStatus = .inProgress, disposition: DispositionCode = .inProgress,
        startedAt: Date? = Date(), updatedAt: Date = Date(), seed: UInt64 = 0, answers: [String: AnswerValue] = [:],
        otherTexts: [String: String] = [:], ladder: [LadderStep] = []
    ) {
        self.id = id
        self.respondentID = respondentID
        self.surveyID = surveyID
        self.surveyVersion = surveyVersion
        self.status = status
        self.disposition = disposition
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.seed = seed
        self.answers = answers
        self.otherTexts = otherTexts
        self.ladder = ladder
    }
}
