public import SurveyModel

/// How an interview ended.
public struct InterviewOutcome: Sendable, Hashable {
    public var status: ResponseStatus
    public var disposition: DispositionCode
    /// For quota-full endings, the quota that was full.
    public var quotaID: String?

    public static let complete = InterviewOutcome(status: .complete, disposition: .complete)

    /// Screened out by a full quota (AAPOR 4.80); stored as a break-off with that disposition.
    public static func quotaFull(_ quotaID: String) -> InterviewOutcome {
        InterviewOutcome(status: .breakOff, disposition: .quotaFull, quotaID: quotaID)
    }
}
