import Foundation
import SurveyModel

/// The answers and why-ladder steps of a batch of `responses` rows, gathered by response key from the store's
/// bulk queries, and the `StoredResponse` values built from them: how both stores read responses back.
struct StoredResponseBatch {
    private var answers: [Int64: [StoredAnswer]] = [:]
    private var ladders: [Int64: [LadderStep]] = [:]
    private var setAside: [Int64: [LadderStep]] = [:]

    /// Takes in one answer row, its columns in this order: `response_key, question_id, kind, value, other_texts,
    /// answered_at, unreachable, milliseconds, back_steps` (the last two from `paradata`, NULL when none; a NULL
    /// answer time is stored as 0).
    mutating func addAnswer(_ row: some StoreRow) throws {
        let record = AnswerRecord(
            questionID: try row.text(1),
            value: try AnswerValueCoding.decode(kind: try row.text(2), json: try row.text(3)),
            otherTexts: try JSONText.parseObject(try row.optionalText(4)),
            answeredAt: Date(timeIntervalSince1970: try row.optionalDouble(5) ?? 0),
            paradata: AnswerParadata(
                milliseconds: try row.optionalInteger(7), backSteps: try row.optionalInteger(8) ?? 0))
        answers[try row.int64(0), default: []].append(StoredAnswer(record: record, unreachable: try row.bool(6)))
    }

    /// Takes in answers read otherwise (an answer block) for the response with key `key`.
    mutating func addAnswers(_ records: [StoredAnswer], key: Int64) {
        answers[key, default: []] += records
    }

    /// Takes in one ladder-step row, its columns in this order: `response_key, probe_id, question_id,
    /// option_code, depth, text, unreachable` (an empty option code is none; unreachable steps are set aside).
    mutating func addLadderStep(_ row: some StoreRow) throws {
        let option = try row.text(3)
        let step = LadderStep(
            probeID: try row.text(1), questionID: try row.text(2), optionCode: option.isEmpty ? nil : option,
            depth: try row.integer(4), text: try row.text(5))
        if try row.bool(6) {
            setAside[try row.int64(0), default: []].append(step)
        } else {
            ladders[try row.int64(0), default: []].append(step)
        }
    }

    /// The stored response of a `responses` row (columns by name) with the answers and ladder steps taken in for
    /// its key: reachable answers and their other texts make up the response, all of them its answer records.
    func response(_ row: some StoreRow) throws -> StoredResponse {
        let key = try row.int64("key")
        guard let version = SemanticVersion(parsing: try row.text("survey_version")) else {
            throw AnswerValueCoding.Failure(kind: "version")
        }
        let records = answers[key] ?? []
        var values: [String: AnswerValue] = [:]
        var otherTexts: [String: String] = [:]
        for stored in records where !stored.unreachable {
            values[stored.record.questionID] = stored.record.value
            otherTexts.merge(stored.record.otherTexts) { $1 }
        }
        let response = Response(
            id: try row.text("id"), respondentID: try row.text("respondent_id"), surveyID: try row.text("survey_id"),
            surveyVersion: version, status: ResponseStatus(rawValue: try row.text("status")) ?? .inProgress,
            disposition: DispositionCode(try row.text("disposition")), startedAt: try row.optionalDate("started_at"),
            updatedAt: try row.date("updated_at"), seed: UInt64(bitPattern: try row.int64("seed")), answers: values,
            otherTexts: otherTexts, ladder: ladders[key] ?? [])
        return StoredResponse(
            response: response, interviewer: try row.optionalText("interviewer"), mode: try row.optionalText("mode"),
            language: try row.optionalText("language"), cursor: try row.optionalText("cursor"),
            completedAt: try row.optionalDate("completed_at"), answerRecords: records,
            setAsideLadder: setAside[key] ?? [])
    }
}
