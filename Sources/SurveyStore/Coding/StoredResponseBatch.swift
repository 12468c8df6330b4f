import Foundation
import SurveyModel

/// A batch of `responses` rows with their answers and why-ladder steps, gathered by response key from the store's
/// bulk queries, and the `StoredResponse` values built from them: how both stores read responses back.
///
/// Rows are read by position (`responseColumns`, the answer and ladder-step column lists below), never by name:
/// looking a column up by name costs more than decoding it.
struct StoredResponseBatch {
    /// The `responses` columns `addResponse` reads, in its order (for `SELECT \(responseColumns) FROM responses`).
    static let responseColumns =
        "key, id, respondent_id, survey_id, survey_version, status, disposition, started_at, updated_at, seed, "
        + "interviewer, mode, language, cursor, completed_at"

    /// The responses taken in, in order, with their keys; answers and ladders are filled in by `responses()`.
    private var headers: [(key: Int64, stored: StoredResponse)] = []
    /// Each response's position in `headers`, by key.
    private var positions: [Int64: Int] = [:]
    /// The last key looked up and its position (rows arrive grouped by key).
    private var lastLookup: (key: Int64, position: Int?) = (.min, nil)
    /// Versions parsed so far (a batch holds few distinct version texts).
    private var versions: [String: SemanticVersion] = [:]
    /// Answers, ladder steps and set-aside ladder steps, by position in `headers`.
    private var answers: [[StoredAnswer]] = []
    private var ladders: [[LadderStep]] = []
    private var setAside: [[LadderStep]] = []

    /// The keys of the responses taken in, in order.
    var keys: [Int64] { headers.map(\.key) }

    /// The position of the response with key `key`, nil for a key not taken in (a row of another response read
    /// by a key range, which is skipped).
    private mutating func position(_ key: Int64) -> Int? {
        if key == lastLookup.key { return lastLookup.position }
        let found = positions[key]
        lastLookup = (key, found)
        return found
    }

    /// Takes in one `responses` row, its columns those of `responseColumns` in that order.
    mutating func addResponse(_ row: some StoreRow) throws {
        let versionText = try row.text(4)
        let version: SemanticVersion
        if let known = versions[versionText] {
            version = known
        } else {
            guard let parsed = SemanticVersion(parsing: versionText) else {
                throw AnswerValueCoding.Failure(kind: "version")
            }
            versions[versionText] = parsed
            version = parsed
        }
        let response = Response(
            id: try row.text(1), respondentID: try row.text(2), surveyID: try row.text(3), surveyVersion: version,
            status: ResponseStatus(rawValue: try row.text(5)) ?? .inProgress,
            disposition: DispositionCode(try row.text(6)), startedAt: try row.optionalDate(7),
            updatedAt: try row.date(8), seed: UInt64(bitPattern: try row.int64(9)), answers: [:], otherTexts: [:],
            ladder: [])
        let stored = StoredResponse(
            response: response, interviewer: try row.optionalText(10), mode: try row.optionalText(11),
            language: try row.optionalText(12), cursor: try row.optionalText(13),
            completedAt: try row.optionalDate(14), answerRecords: [], setAsideLadder: [])
        let key = try row.int64(0)
        positions[key] = headers.count
        headers.append((key, stored))
        answers.append([])
        ladders.append([])
        setAside.append([])
    }

    /// Takes in one answer row, its columns in this order: `response_key, question_id, kind, value, other_texts,
    /// answered_at, unreachable, milliseconds, back_steps` (the last two from `paradata`, NULL when none; a NULL
    /// answer time is stored as 0).
    mutating func addAnswer(_ row: some StoreRow) throws {
        try addAnswer(row, milliseconds: try row.optionalInteger(7), backSteps: try row.optionalInteger(8) ?? 0)
    }

    /// Takes in one answer row, its columns in this order: `response_key, question_id, kind, value, other_texts,
    /// answered_at, unreachable`, with its paradata read separately (`milliseconds` nil and `backSteps` 0 when
    /// none). A row of a response not taken in is skipped.
    mutating func addAnswer(_ row: some StoreRow, milliseconds: Int?, backSteps: Int) throws {
        guard let position = position(try row.int64(0)) else { return }
        let record = AnswerRecord(
            questionID: try row.text(1),
            value: try AnswerValueCoding.decode(kind: try row.text(2), json: try row.text(3)),
            otherTexts: try JSONText.parseObject(try row.optionalText(4)),
            answeredAt: Date(timeIntervalSince1970: try row.optionalDouble(5) ?? 0),
            paradata: AnswerParadata(milliseconds: milliseconds, backSteps: backSteps))
        answers[position].append(StoredAnswer(record: record, unreachable: try row.bool(6)))
    }

    /// Takes in answers read otherwise (an answer block) for the response with key `key` (skipped when it was not
    /// taken in).
    mutating func addAnswers(_ records: [StoredAnswer], key: Int64) {
        guard let position = position(key) else { return }
        answers[position] += records
    }

    /// Takes in one ladder-step row, its columns in this order: `response_key, probe_id, question_id,
    /// option_code, depth, text, unreachable` (an empty option code is none; unreachable steps are set aside).
    mutating func addLadderStep(_ row: some StoreRow) throws {
        guard let position = position(try row.int64(0)) else { return }
        let option = try row.text(3)
        let step = LadderStep(
            probeID: try row.text(1), questionID: try row.text(2), optionCode: option.isEmpty ? nil : option,
            depth: try row.integer(4), text: try row.text(5))
        if try row.bool(6) {
            setAside[position].append(step)
        } else {
            ladders[position].append(step)
        }
    }

    /// The responses taken in, in order, with their answers and ladder steps: reachable answers and their other
    /// texts make up each response, all of them its answer records.
    func responses() -> [StoredResponse] {
        headers.indices.map { position in
            var stored = headers[position].stored
            let records = answers[position]
            var values: [String: AnswerValue] = [:]
            values.reserveCapacity(records.count)
            var otherTexts: [String: String] = [:]
            for record in records where !record.unreachable {
                values[record.record.questionID] = record.record.value
                if !record.record.otherTexts.isEmpty { otherTexts.merge(record.record.otherTexts) { $1 } }
            }
            stored.response.answers = values
            stored.response.otherTexts = otherTexts
            stored.response.ladder = ladders[position]
            stored.answerRecords = records
            stored.setAsideLadder = setAside[position]
            return stored
        }
    }
}
