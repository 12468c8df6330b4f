import Foundation
import GRDB
import SurveyModel

extension SQLiteStore {
    public func createResponse(_ start: ResponseStart) async throws {
        try await write { db in
            try Self.requireRegistered(db, surveyID: start.surveyID, version: start.surveyVersion)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM responses WHERE id = ?", arguments: [start.id]) != nil {
                throw StoreError.duplicateResponse(id: start.id)
            }
            let response = Response(
                id: start.id, respondentID: start.respondentID, surveyID: start.surveyID,
                surveyVersion: start.surveyVersion, startedAt: start.startedAt, updatedAt: start.startedAt,
                seed: start.seed)
            try Self.insertResponse(
                db,
                StoredResponse(
                    response: response, interviewer: start.interviewer, mode: start.mode, language: start.language))
        }
    }

    /// Adds the `responses` row of `stored` (not its answers or ladder), and a bare `respondents` row for its
    /// respondent when there is none yet; returns the new row's key.
    @discardableResult
    static func insertResponse(_ db: Database, _ stored: StoredResponse) throws -> Int64 {
        let response = stored.response
        try db.execute(
            sql: "INSERT INTO respondents (id) VALUES (?) ON CONFLICT (id) DO NOTHING",
            arguments: [response.respondentID])
        try db.execute(
            sql: """
                INSERT INTO responses (id, respondent_id, survey_id, survey_version, status, disposition,
                    started_at, updated_at, completed_at, seed, cursor, interviewer, mode, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                response.id, response.respondentID, response.surveyID, response.surveyVersion.description,
                response.status.rawValue, response.disposition.rawValue, response.startedAt?.storeSeconds,
                response.updatedAt.storeSeconds, stored.completedAt?.storeSeconds, Int64(bitPattern: response.seed),
                stored.cursor, stored.interviewer, stored.mode, stored.language,
            ])
        return db.lastInsertedRowID
    }

    public func saveAnswer(_ answer: AnswerRecord, responseID: String) async throws {
        try await write { db in
            let key = try Self.openResponseKey(db, id: responseID)
            let (kind, json) = AnswerValueCoding.encode(answer.value)
            try db.cachedStatement(
                sql: """
                    INSERT INTO answers (response_key, question_id, kind, value, other_texts, answered_at, unreachable)
                    VALUES (?, ?, ?, ?, ?, ?, 0)
                    ON CONFLICT (response_key, question_id) DO UPDATE SET kind = excluded.kind,
                        value = excluded.value, other_texts = excluded.other_texts,
                        answered_at = excluded.answered_at, unreachable = 0
                    """
            ).execute(arguments: [
                key, answer.questionID, kind, json, JSONText.object(answer.otherTexts), answer.answeredAt.storeSeconds,
            ])
            try db.cachedStatement(
                sql: """
                    INSERT INTO paradata (response_key, question_id, milliseconds, back_steps) VALUES (?, ?, ?, ?)
                    ON CONFLICT (response_key, question_id) DO UPDATE SET milliseconds = excluded.milliseconds,
                        back_steps = excluded.back_steps
                    """
            ).execute(arguments: [key, answer.questionID, answer.paradata.milliseconds, answer.paradata.backSteps])
            try Self.touch(db, key: key, at: answer.answeredAt)
        }
    }

    public func markAnswersUnreachable(questionIDs: [String], responseID: String) async throws {
        try await write { db in
            let key = try Self.openResponseKey(db, id: responseID)
            let statement = try db.makeStatement(
                sql: "UPDATE answers SET unreachable = 1 WHERE response_key = ? AND question_id = ?")
            for questionID in questionIDs { try statement.execute(arguments: [key, questionID]) }
        }
    }

    public func markLadderStepsUnreachable(_ steps: [LadderStepKey], responseID: String) async throws {
        try await write { db in
            let key = try Self.openResponseKey(db, id: responseID)
            let statement = try db.makeStatement(
                sql: """
                    UPDATE ladder_steps SET unreachable = 1
                    WHERE response_key = ? AND probe_id = ? AND option_code = ? AND depth = ?
                    """)
            for step in steps {
                try statement.execute(arguments: [key, step.probeID, step.optionCode ?? "", step.depth])
            }
        }
    }

    public func saveLadderStep(_ step: LadderStep, responseID: String, truncate: Bool) async throws {
        try await write { db in
            let key = try Self.openResponseKey(db, id: responseID)
            let option = step.optionCode ?? ""
            try db.cachedStatement(
                sql: """
                    INSERT INTO ladder_steps (response_key, probe_id, question_id, option_code, depth, text)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (response_key, probe_id, option_code, depth) DO UPDATE SET
                        question_id = excluded.question_id, text = excluded.text, unreachable = 0
                    """
            ).execute(arguments: [key, step.probeID, step.questionID, option, step.depth, step.text])
            if truncate {
                try db.execute(
                    sql: """
                        DELETE FROM ladder_steps
                        WHERE response_key = ? AND probe_id = ? AND option_code = ? AND depth > ?
                        """, arguments: [key, step.probeID, option, step.depth])
            }
            try Self.touch(db, key: key, at: Date())
        }
    }

    public func updateCursor(_ cursor: InterviewCursor, responseID: String) async throws {
        try await write { db in
            let key = try Self.openResponseKey(db, id: responseID)
            guard cursor.status != .complete else {
                throw StoreError.backend(store: self.path, detail: "a response is completed with completeResponse")
            }
            try db.cachedStatement(
                sql: "UPDATE responses SET cursor = ?, status = ?, disposition = ?, updated_at = ? WHERE key = ?"
            ).execute(arguments: [
                cursor.position, cursor.status.rawValue, cursor.disposition.rawValue, cursor.updatedAt.storeSeconds,
                key,
            ])
            if cursor.status != .inProgress { try Self.releaseClaims(db, key: key) }
        }
    }

    public func completeResponse(responseID: String, quotas: [QuotaClaim], at: Date) async throws -> CompletionOutcome {
        try await write { db in
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT key, survey_id, status FROM responses WHERE id = ?"),
                    arguments: [responseID])
            else { throw StoreError.unknownResponse(id: responseID) }
            let key: Int64 = row["key"]
            let surveyID: String = row["survey_id"]
            let status = ResponseStatus(rawValue: row["status"]) ?? .inProgress
            if status == .complete { return .completed }
            guard status == .inProgress else { throw StoreError.responseClosed(id: responseID, status: status) }
            for quota in quotas {
                let count =
                    try Int.fetchOne(
                        db, sql: "SELECT count FROM quota_counts WHERE survey_id = ? AND quota_id = ?",
                        arguments: [surveyID, quota.quotaID]) ?? 0
                if count >= quota.target {
                    try db.cachedStatement(
                        sql: "UPDATE responses SET status = ?, disposition = ?, updated_at = ? WHERE key = ?"
                    ).execute(arguments: [
                        ResponseStatus.breakOff.rawValue, DispositionCode.quotaFull.rawValue, at.storeSeconds, key,
                    ])
                    try Self.releaseClaims(db, key: key)
                    return .quotaFull(quotaID: quota.quotaID)
                }
            }
            for quota in quotas {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO quota_counts (survey_id, quota_id, count) VALUES (?, ?, 1)
                        ON CONFLICT (survey_id, quota_id) DO UPDATE SET count = count + 1
                        """
                ).execute(arguments: [surveyID, quota.quotaID])
            }
            try db.cachedStatement(
                sql: """
                    UPDATE responses SET status = 'complete', disposition = ?, updated_at = ?, completed_at = ?
                    WHERE key = ?
                    """
            ).execute(arguments: [DispositionCode.complete.rawValue, at.storeSeconds, at.storeSeconds, key])
            try Self.releaseClaims(db, key: key)
            return .completed
        }
    }

    public func quotaCounts(surveyID: String) async throws -> [String: Int] {
        try await read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT quota_id, count FROM quota_counts WHERE survey_id = ?", arguments: [surveyID])
            {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    // MARK: Helpers

    static func requireRegistered(_ db: Database, surveyID: String, version: SemanticVersion) throws {
        guard
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM surveys WHERE survey_id = ? AND version = ?",
                arguments: [surveyID, version.description]) != nil
        else { throw StoreError.unknownSurveyVersion(surveyID: surveyID, version: version) }
    }

    /// The row key of an in-progress response; throws `.unknownResponse` or `.responseClosed`.
    static func openResponseKey(_ db: Database, id: String) throws -> Int64 {
        let statement = try db.cachedStatement(sql: "SELECT key, status FROM responses WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else {
            throw StoreError.unknownResponse(id: id)
        }
        let status = ResponseStatus(rawValue: row["status"]) ?? .inProgress
        guard status == .inProgress else { throw StoreError.responseClosed(id: id, status: status) }
        let key: Int64 = row["key"]
        try unpackAnswerBlock(db, key: key)
        return key
    }

    /// Turns the answer block of an imported response into `answers` rows (in the caller's transaction), so that
    /// an interview continuing it writes, replaces and flags answers row by row. Does nothing without a block.
    static func unpackAnswerBlock(_ db: Database, key: Int64) throws {
        guard
            let block = try String.fetchOne(
                db.cachedStatement(sql: "DELETE FROM answer_blocks WHERE response_key = ? RETURNING answers"),
                arguments: [key])
        else { return }
        for entry in try AnswerBlockCoding.decode(block) {
            try db.cachedStatement(
                sql: "INSERT INTO answers (response_key, question_id, kind, value, other_texts) VALUES (?, ?, ?, ?, ?)"
            ).execute(arguments: [key, entry.questionID, entry.kind, entry.json, entry.otherTexts])
        }
    }

    static func touch(_ db: Database, key: Int64, at date: Date) throws {
        try db.cachedStatement(sql: "UPDATE responses SET updated_at = MAX(updated_at, ?) WHERE key = ?")
            .execute(arguments: [date.storeSeconds, key])
    }

    /// Ends the work-queue claim on the respondent of a finished response.
    static func releaseClaims(_ db: Database, key: Int64) throws {
        try db.cachedStatement(
            sql: """
                UPDATE queue SET claimed_by = NULL, claimed_at = NULL
                WHERE (survey_id, respondent_id) = (SELECT survey_id, respondent_id FROM responses WHERE key = ?)
                """
        ).execute(arguments: [key])
    }
}
