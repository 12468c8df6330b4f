public import Foundation
public import SurveyModel

/// Where an interview's events go: the narrow persistence interface the interview session needs. The SQLite
/// store implements it through `StoreInterviewRecorder`; `MemoryInterviewRecorder` keeps everything in memory
/// (tests, `voc simulate --out`).
///
/// Every method is one transaction: when it returns, what it wrote is durable.
public protocol InterviewRecorder: Sendable {
    /// Registers the survey definition (by id, version and content) if it is not known yet.
    func register(_ survey: Survey) async throws
    /// Creates a response (status in progress) for `respondent` (created if unknown) and returns its id
    /// (`responseID` when given, otherwise a new unique id).
    func startResponse(
        responseID: String?, for respondent: Respondent, survey: Survey, seed: UInt64, language: String?,
        interviewer: String?, at: Date
    ) async throws -> String
    /// Loads a stored interview to resume it.
    func loadInterview(responseID: String) async throws -> StoredInterview
    /// The ids of the survey's quotas that have reached their target.
    func fullQuotas(of survey: Survey) async throws -> Set<String>
    /// Persists the events of one input, in order, in one transaction. `.finished(.complete)` never reaches
    /// this method (see `complete`); other endings (quota full, break-off) do.
    func record(_ events: [InterviewEvent], responseID: String, at: Date) async throws
    /// Marks the response complete if none of `quotas` is full, counting it towards them, atomically.
    /// Returns nil when completed, or the id of the full quota: the response has then ended as quota-full
    /// (break-off, disposition 4.80) and nothing was counted.
    func complete(responseID: String, quotas: [Quota], at: Date) async throws -> String?
}
