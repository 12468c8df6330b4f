import Foundation

/// A request for the next respondent of an interviewer's work queue (see `ResponseStore.claimNextRespondent`).
public struct ClaimRequest: Sendable, Hashable {
    public var surveyID: String
    public var interviewer: String
    /// The current time: callbacks due at or before it are eligible.
    public var now: Date
    /// How long a claim protects a respondent from other interviewers (default 4 hours): after that, the claim of
    /// an interviewer who crashed or walked away expires.
    public var claimTimeout: TimeInterval
    /// Respondents with this many contact attempts or more are no longer offered (default 10).
    public var maxAttempts: Int

    public init(
        surveyID: String, interviewer: String, now: Date = Date(), claimTimeout: TimeInterval = 4 * 3600,
        maxAttempts: Int = 10
    ) {
        self.surveyID = surveyID
        self.interviewer = interviewer
        self.now = now
        self.claimTimeout = claimTimeout
        self.maxAttempts = maxAttempts
    }
}
