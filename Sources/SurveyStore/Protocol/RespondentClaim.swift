import Foundation
import SurveyModel

/// A respondent handed to one interviewer, with what is known about earlier contacts.
public struct RespondentClaim: Sendable, Hashable {
    public var respondent: Respondent
    /// The number of contact attempts recorded before this claim.
    public var previousAttempts: Int = 0
    /// The callback time that made the respondent due, if any.
    public var callbackAt: Date?
    /// The most recent in-progress response of the respondent for the survey (to resume), if any.
    public var resumableResponseID: String?
}
