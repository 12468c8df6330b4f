import Foundation
import SurveyModel

/// What `StoreCopier` needs beyond `ResponseStore` to copy a store whole: listing respondents and contact
/// attempts, and writing responses exactly as stored (status, disposition, cursor, timestamps, every answer record
/// with paradata and unreachable flag, ladder) and quota counts as they are.
public protocol StoreTransferring: ResponseStore {
    /// Respondents ordered by id, the first `limit` after `after` (keyset pagination).
    func respondentPage(after: String?, limit: Int) async throws -> [Respondent]

    /// Every contact attempt of `surveyID`, in the order they were recorded.
    func allContactAttempts(surveyID: String) async throws -> [ContactAttempt]

    /// Writes `responses` as they are, in one transaction; responses whose id is already stored are skipped.
    /// Returns the number written. Throws `.unknownSurveyVersion` for an unregistered definition.
    @discardableResult
    func restoreResponses(_ responses: [StoredResponse]) async throws -> Int

    /// Sets the quota counts of `surveyID` to `counts` (other quotas are left alone).
    func restoreQuotaCounts(_ counts: [String: Int], surveyID: String) async throws
}

/// A stored answer as written by `restoreResponses` (answer time 0, as read back for imported answers, is NULL).
struct RestoredAnswer: Encodable {
    var response_id, question_id, kind, value: String
    var other_texts: String?
    var answered_at: Double?
    var unreachable: Bool
    var milliseconds: Int?
    var back_steps: Int

    init(_ stored: StoredAnswer, responseID: String) {
        let (kind, json) = AnswerValueCoding.encode(stored.record.value)
        response_id = responseID
        question_id = stored.record.questionID
        self.kind = kind
        value = json
        other_texts = JSONText.object(stored.record.otherTexts)
        let seconds = stored.record.answeredAt.timeIntervalSince1970
        answered_at = seconds == 0 ? nil : seconds
        unreachable = stored.unreachable
        milliseconds = stored.record.paradata.milliseconds
        back_steps = stored.record.paradata.backSteps
    }

    /// Whether the answer carries paradata (a `paradata` row is written only then, as interviews do).
    var hasParadata: Bool { answered_at != nil }
}
