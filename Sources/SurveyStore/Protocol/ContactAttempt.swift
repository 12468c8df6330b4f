import Foundation
import SurveyModel

/// One attempt to reach a respondent that did not (yet) give an interview: no answer, refusal, callback, ...
public struct ContactAttempt: Sendable, Hashable {
    public var respondentID: String
    public var surveyID: String
    public var interviewer: String
    /// The AAPOR disposition of the attempt, e.g. `2.22` no answer, `2.11` refusal, `2.21` callback.
    public var disposition: DispositionCode
    public var at: Date
    /// When to call back; the respondent is offered again from then on.
    public var callbackAt: Date?
    /// A free-text note by the interviewer (may hold personal data: never printed in messages).
    public var note: String?

    public init(
        respondentID: String, surveyID: String, interviewer: String, disposition: DispositionCode,
        at: Date = Date(), callbackAt: Date? = nil, note: String? = nil
    ) {
        self.respondentID = respondentID
        self.surveyID = surveyID
        self.interviewer = interviewer
        self.disposition = disposition
        self.at = at
        self.callbackAt = callbackAt
        self.note = note
    }

    /// Whether the outcome ends work on the respondent: interviews, partials, refusals and break-offs (1.x, 2.1x)
    /// and not-eligible codes (4.x). Non-contacts, callbacks, other and unknown outcomes stay in the queue.
    public var isFinal: Bool {
        switch disposition.group {
        case .interview, .partial, .refusal, .notEligible: true
        case .nonContact, .otherEligible, .unknownHousehold, .unknownOther, .pending: false
        }
    }
}
