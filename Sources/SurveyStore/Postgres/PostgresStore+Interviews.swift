import Foundation
import PostgresNIO
import SurveyModel

extension PostgresStore {
    public func createResponse(_ start: ResponseStart) async throws {
        try await transaction { connection in
            try await Self.requireRegistered(connection, surveyID: start.surveyID, version: start.surveyVersion)
            try await connection.perform(
                "INSERT INTO respondents (id) VALUES (\(start.respondentID)) ON CONFLICT (id) DO NOTHING")
            let inserted = try await connection.rows(
                """
                INSERT INTO responses (id, respondent_id, survey_id, survey_version, status, disposition,
                    started_at, updated_at, seed, interviewer, mode, language)
                VALUES (\(start.id), \(start.respondentID), \(start.surveyID), \(start.surveyVersion.description),
                    'in-progress', \(DispositionCode.inProgress.rawValue), \(start.startedAt.timeIntervalSince1970),
                    \(start.startedAt.timeIntervalSince1970), \(Int64(bitPattern: start.seed)), \(start.interviewer),
                    \(start.mode), \(start.language))
                ON CONFLICT (id) DO NOTHING RETURNING key
                """)
            if inserted.isEmpty { throw StoreError.duplicateResponse(id: start.id) }
        }
    }

    public func saveAnswer(_ answer: AnswerRecord, responseID: String) async throws {
        let (kind, json) = AnswerValueCoding.encode(answer.value)
        let others = JSONText.object(answer.otherTexts)
        try await transaction { connection in
            let key = try await Self.openResponseKey(connection, id: responseID)
            try await connection.perform(
                """
                INSERT INTO answers (response_key, question_id, kind, value, other_texts, answered_at, unreachable)
                VALUES (\(key), \(answer.questionID), \(kind), \(json), \(others),
                    \(answer.answeredAt.timeIntervalSince1970), FALSE)
                ON CONFLICT (response_key, question_id) DO UPDATE SET kind = excluded.kind,
                    value = excluded.value, other_texts = excluded.other_texts,
                    answered_at = excluded.answered_at, unreachable = FALSE
                """)
            try await connection.perform(
                """
                INSERT INTO paradata (response_key, question_id, milliseconds, back_steps)
                VALUES (\(key), \(answer.questionID), \(answer.paradata.milliseconds.map(Int64.init)),
                    \(answer.paradata.backSteps))
                ON CONFLICT (response_key, question_id) DO UPDATE SET milliseconds = excluded.milliseconds,
                    back_steps = excluded.back_steps
                """)
            try await Self.touch(connection, key: key, at: answer.answeredAt)
        }
    }

    public func markAnswersUnreachable(questionIDs: [String], responseID: String) async throws {
        try await transaction { connection in
            let key = try await Self.openResponseKey(connection, id: responseID)
            try await connection.perform(
                """
                UPDATE answers SET unreachable = TRUE
                WHERE response_key = \(key) AND question_id = ANY(\(questionIDs)::text[])
                """)
        }
    }

    public func markLadderStepsUnreachable(_ steps: [LadderStepKey], responseID: String) async throws {
        try await transaction { connection in
            let key = try await Self.openResponseKey(connection, id: responseID)
            for step in steps {
                try await connection.perform(
                    """
                    UPDATE ladder_steps SET unreachable = TRUE
                    WHERE response_key = \(key) AND probe_id = \(step.probeID)
                        AND option_code = \(step.optionCode ?? "") AND depth = \(step.depth)
                    """)
            }
        }
    }

    public func saveLadderStep(_ step: LadderStep, responseID: String, truncate: Bool) async throws {
        let option = step.optionCode ?? ""
        try await transaction { connection in
            let key = try await Self.openResponseKey(connection, id: responseID)
            try await connection.perform(
                """
                INSERT INTO ladder_steps (response_key, probe_id, question_id, option_code, depth, text)
                VALUES (\(key), \(step.probeID), \(step.questionID), \(option), \(step.depth), \(step.text))
                ON CONFLICT (response_key, probe_id, option_code, depth) DO UPDATE SET
                    question_id = excluded.question_id, text = excluded.text, unreachable = FALSE
                """)
            if truncate {
                try await connection.perform(
                    """
                    DELETE FROM ladder_steps WHERE response_key = \(key) AND probe_id = \(step.probeID)
                        AND option_code = \(option) AND depth > \(step.depth)
                    """)
            }
            try await Self.touch(connection, key: key, at: Date())
        }
    }

    public func updateCursor(_ cursor: InterviewCursor, responseID: String) async throws {
        let store = path
        try await transaction { connection in
            let key = try await Self.openResponseKey(connection, id: responseID)
            guard cursor.status != .complete else {
                throw StoreError.backend(store: store, detail: "a response is completed with completeResponse")
            }
            try await connection.perform(
                """
                UPDATE responses SET cursor = \(cursor.position), status = \(cursor.status.rawValue),
                    disposition = \(cursor.disposition.rawValue), updated_at = \(cursor.updatedAt.timeIntervalSince1970)
                WHERE key = \(key)
                """)
            if cursor.status != .inProgress { try await Self.releaseClaims(connection, key: key) }
        }
    }

    public func completeResponse(responseID: String, quotas: [QuotaClaim], at: Date) async throws -> CompletionOutcome {
        try await transaction { connection in
            guard
                let row = try await connection.rows(
                    "SELECT key, survey_id, status FROM responses WHERE id = \(responseID) FOR UPDATE"
                ).first
            else { throw StoreError.unknownResponse(id: responseID) }
            let key: Int64 = try row.value("key")
            let surveyID: String = try row.value("survey_id")
            let status = ResponseStatus(rawValue: try row.value("status", as: String.self)) ?? .inProgress
            if status == .complete { return .completed }
            guard status == .inProgress else { throw StoreError.responseClosed(id: responseID, status: status) }
            let quotaIDs = quotas.map(\.quotaID).sorted()
            // Lock every counter this completion touches, in quota id order (no deadlocks between completions).
            try await connection.perform(
                """
                INSERT INTO quota_counts (survey_id, quota_id, count)
                SELECT \(surveyID), q, 0 FROM unnest(\(quotaIDs)::text[]) AS q
                ON CONFLICT (survey_id, quota_id) DO NOTHING
                """)
            var counts: [String: Int] = [:]
            for counter in try await connection.rows(
                """
                SELECT quota_id, count FROM quota_counts
                WHERE survey_id = \(surveyID) AND quota_id = ANY(\(quotaIDs)::text[])
                ORDER BY quota_id FOR UPDATE
                """)
            {
                counts[try counter.value("quota_id")] = try counter.value("count", as: Int.self)
            }
            for quota in quotas where (counts[quota.quotaID] ?? 0) >= quota.target {
                try await connection.perform(
                    """
                    UPDATE responses SET status = \(ResponseStatus.breakOff.rawValue),
                        disposition = \(DispositionCode.quotaFull.rawValue), updated_at = \(at.timeIntervalSince1970)
                    WHERE key = \(key)
                    """)
                try await Self.releaseClaims(connection, key: key)
                return .quotaFull(quotaID: quota.quotaID)
            }
            try await connection.perform(
                """
                UPDATE quota_counts SET count = count + 1
                WHERE survey_id = \(surveyID) AND quota_id = ANY(\(quotaIDs)::text[])
                """)
            try await connection.perform(
                """
                UPDATE responses SET status = 'complete', disposition = \(DispositionCode.complete.rawValue),
                    updated_at = \(at.timeIntervalSince1970), completed_at = \(at.timeIntervalSince1970)
                WHERE key = \(key)
                """)
            try await Self.releaseClaims(connection, key: key)
            return .completed
        }
    }

    public func quotaCounts(surveyID: String) async throws -> [String: Int] {
        try await run { connection in
            var counts: [String: Int] = [:]
            for row in try await connection.rows(
                "SELECT quota_id, count FROM quota_counts WHERE survey_id = \(surveyID) AND count > 0")
            {
                counts[try row.value("quota_id")] = try row.value("count", as: Int.self)
            }
            return counts
        }
    }

    // MARK: Helpers

    static func requireRegistered(
        _ connection: PostgresConnection, surveyID: String, version: SemanticVersion
    )
        async throws
    {
        guard
            try await !connection.rows(
                "SELECT 1 AS found FROM surveys WHERE survey_id = \(surveyID) AND version = \(version.description)"
            ).isEmpty
        else { throw StoreError.unknownSurveyVersion(surveyID: surveyID, version: version) }
    }

    /// The row key of an in-progress response, locked for this transaction; throws `.unknownResponse` or
    /// `.responseClosed`.
    static func openResponseKey(_ connection: PostgresConnection, id: String) async throws -> Int64 {
        guard
            let row = try await connection.rows("SELECT key, status FROM responses WHERE id = \(id) FOR UPDATE").first
        else { throw StoreError.unknownResponse(id: id) }
        let status = ResponseStatus(rawValue: try row.value("status", as: String.self)) ?? .inProgress
        guard status == .inProgress else { throw StoreError.responseClosed(id: id, status: status) }
        return try row.value("key")
    }

    static func touch(_ connection: PostgresConnection, key: Int64, at date: Date) async throws {
        try await connection.perform(
            "UPDATE responses SET updated_at = GREATEST(updated_at, \(date.timeIntervalSince1970)) WHERE key = \(key)")
    }

    /// Ends the work-queue claim on the respondent of a finished response.
    static func releaseClaims(_ connection: PostgresConnection, key: Int64) async throws {
        try await connection.perform(
            """
            UPDATE queue SET claimed_by = NULL, claimed_at = NULL
            FROM responses r WHERE r.key = \(key) AND queue.survey_id = r.survey_id
                AND queue.respondent_id = r.respondent_id
            """)
    }
}
