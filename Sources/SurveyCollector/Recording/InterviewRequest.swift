public import Foundation
public import SurveyModel

/// How an interviewer's request to interview begins: a new respondent, a named respondent, the next respondent
/// of the sample's work queue, or a stopped interview resumed; or, with a non-interview outcome, a contact attempt
/// recorded instead (`voc interview`'s `--respondent`, `--next`, `--resume`, `--outcome`).
public struct InterviewRequest: Sendable {
    /// Resume this stored response (with the survey version it was collected with).
    public var resume: String?
    /// Interview this respondent (from the sample when known there), else a new one.
    public var respondentID: String?
    /// Take the next respondent of the queue (claimed atomically; a claimed, unfinished interview resumes).
    public var next: Bool
    /// The interviewer stored with the interview (nil: none). Claims from the queue need a name: this one, else
    /// the login name (`USER`), else "interviewer".
    public var interviewer: String?
    /// With `next`: record this non-interview outcome (no answer, refusal, callback...) instead of interviewing.
    public var outcome: DispositionCode?
    public var callback: Date?
    public var note: String?
    public var language: String?
    public var seed: UInt64
    /// With `next`: how long a claim protects the respondent from other interviewers (`voc interview --lease`;
    /// default 4 hours). An interviewer whose process died leaves a claim that expires after it.
    public var lease: TimeInterval

    public init(
        resume: String? = nil, respondentID: String? = nil, next: Bool = false, interviewer: String? = nil,
        outcome: DispositionCode? = nil, callback: Date? = nil, note: String? = nil, language: String? = nil,
        seed: UInt64, lease: TimeInterval = 4 * 3600
    ) {
        self.lease = lease
        self.resume = resume
        self.respondentID = respondentID
        self.next = next
        self.interviewer = interviewer
        self.outcome = outcome
        self.callback = callback
        self.note = note
        self.language = language
        self.seed = seed
    }
}
