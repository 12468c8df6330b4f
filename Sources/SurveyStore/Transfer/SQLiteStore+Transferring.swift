import Foundation
import GRDB
import SurveyModel

extension SQLiteStore: StoreTransferring {
    public func respondentPage(after: String?, limit: Int) async throws -> [Respondent] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Respondent.storedColumns) FROM respondents WHERE id > ? ORDER BY id LIMIT ?",
                arguments: [after ?? "", limit]
            ).map { try $0.respondent() }
        }
    }

    public func allContactAttempts(surveyID: String) async throws -> [ContactAttempt] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM contact_attempts WHERE survey_id = ? ORDER BY key", arguments: [surveyID]
            )
            .map { try $0.contactAttempt() }
        }
    }

    public func restoreResponses(_ responses: [StoredResponse]) async throws -> Int {
        try await write { db in
            var written = 0
            for stored in responses {
                let response = stored.response
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM responses WHERE id = ?", arguments: [response.id]) != nil {
                    continue
                }
                try Self.requireRegistered(db, surveyID: response.surveyID, version: response.surveyVersion)
                let key = try Self.insertResponse(db, stored)
                for answer in stored.answerRecords.map({ RestoredAnswer($0, responseID: response.id) }) {
                    try db.execute(
                        sql: """
                            INSERT INTO answers (response_key, question_id, kind, value, other_texts, answered_at,
                                unreachable) VALUES (?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            key, answer.question_id, answer.kind, answer.value, answer.other_texts, answer.answered_at,
                            answer.unreachable,
                        ])
                    if answer.hasParadata {
                        try db.execute(
                            sql: """
                                INSERT INTO paradata (response_key, question_id, milliseconds, back_steps)
                                VALUES (?, ?, ?, ?)
                                """, arguments: [key, answer.question_id, answer.milliseconds, answer.back_steps])
                    }
                }
                for (step, unreachable) in stored.ladderRecords {
                    try db.execute(
                        sql: """
                            INSERT INTO ladder_steps (response_key, probe_id, question_id, option_code, depth, text,
                                unreachable)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            key, step.probeID, step.questionID, step.optionCode ?? "", step.depth, step.text,
                            unreachable,
                        ])
                }
                written += 1
            }
            return written
        }
    }

    public func restoreQuotaCounts(_ counts: [String: Int], surveyID: String) async throws {
        try await write { db in
            for (quotaID, count) in counts {
                try db.execute(
                    sql: """
                        INSERT INTO quota_counts (survey_id, quota_id, count) VALUES (?, ?, ?)
                        ON CONFLICT (survey_id, quota_id) DO UPDATE SET count = excluded.count
                        """, arguments: [surveyID, quotaID, count])
            }
        }
    }
}
