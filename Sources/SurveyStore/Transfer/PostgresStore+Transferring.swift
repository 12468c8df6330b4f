import Foundation
import PostgresNIO
import SurveyModel

extension PostgresStore: StoreTransferring {
    public func respondentPage(after: String?, limit: Int) async throws -> [Respondent] {
        try await run { connection in
            try await connection.rows(
                """
                SELECT id, attributes::text AS attributes, design_weight, stratum, cluster, cluster2
                FROM respondents WHERE id > \(after ?? "") ORDER BY id LIMIT \(limit)
                """
            ).map { try $0.respondent() }
        }
    }

    public func allContactAttempts(surveyID: String) async throws -> [ContactAttempt] {
        try await run { connection in
            try await connection.rows("SELECT * FROM contact_attempts WHERE survey_id = \(surveyID) ORDER BY key").map {
                try $0.contactAttempt()
            }
        }
    }

    public func restoreResponses(_ responses: [StoredResponse]) async throws -> Int {
        let registered = Set(
            try await surveyDefinitions(surveyID: nil).map { $0.surveyID + "@" + $0.version.description })
        for stored in responses
        where !registered.contains(stored.response.surveyID + "@" + stored.response.surveyVersion.description) {
            throw StoreError.unknownSurveyVersion(
                surveyID: stored.response.surveyID, version: stored.response.surveyVersion)
        }
        return try await transaction { connection in
            var existing = Set<String>()
            for row in try await connection.rows(
                "SELECT id FROM responses WHERE id = ANY(\(responses.map(\.response.id))::text[])")
            {
                existing.insert(try row.value("id"))
            }
            let fresh = responses.filter { existing.insert($0.response.id).inserted }
            guard !fresh.isEmpty else { return 0 }
            let rows = fresh.map { stored in
                ImportRows.ResponseRow(
                    stored.response, completedAt: stored.completedAt, interviewer: stored.interviewer,
                    mode: stored.mode, cursor: stored.cursor, language: stored.language)
            }
            let answers = fresh.flatMap { stored in
                stored.answerRecords.map { RestoredAnswer($0, responseID: stored.response.id) }
            }
            let ladders = fresh.flatMap { stored in
                stored.ladderRecords.map { step, unreachable in
                    ImportRows.LadderRow(
                        response_id: stored.response.id, probe_id: step.probeID, question_id: step.questionID,
                        option_code: step.optionCode ?? "", depth: step.depth, text: step.text,
                        unreachable: unreachable)
                }
            }
            let respondentIDs = Array(Set(fresh.map(\.response.respondentID)))
            let responsesJSON = try Self.json(rows)
            let laddersJSON = try Self.json(ladders)
            try await connection.perform(
                """
                INSERT INTO respondents (id) SELECT unnest(\(respondentIDs)::text[]) ON CONFLICT (id) DO NOTHING
                """)
            try await connection.perform(
                """
                INSERT INTO responses (id, respondent_id, survey_id, survey_version, status, disposition, started_at,
                    updated_at, completed_at, seed, cursor, interviewer, mode, language)
                SELECT id, respondent_id, survey_id, survey_version, status, disposition, started_at, updated_at,
                    completed_at, seed, cursor, interviewer, mode, language
                FROM jsonb_to_recordset(\(responsesJSON)::jsonb) AS x(id text, respondent_id text,
                    survey_id text, survey_version text, status text, disposition text, started_at float8,
                    updated_at float8, completed_at float8, seed bigint, cursor text, interviewer text, mode text,
                    language text)
                """)
            let answersJSON = try Self.json(answers)
            try await connection.perform(
                """
                INSERT INTO answers (response_key, question_id, kind, value, other_texts, answered_at, unreachable)
                SELECT r.key, x.question_id, x.kind, x.value, x.other_texts, x.answered_at, x.unreachable
                FROM jsonb_to_recordset(\(answersJSON)::jsonb) AS x(response_id text, question_id text, kind text,
                    value text, other_texts text, answered_at float8, unreachable boolean)
                JOIN responses r ON r.id = x.response_id
                """)
            try await connection.perform(
                """
                INSERT INTO paradata (response_key, question_id, milliseconds, back_steps)
                SELECT r.key, x.question_id, x.milliseconds, x.back_steps
                FROM jsonb_to_recordset(\(answersJSON)::jsonb) AS x(response_id text, question_id text,
                    answered_at float8, milliseconds bigint, back_steps int)
                JOIN responses r ON r.id = x.response_id
                WHERE x.answered_at IS NOT NULL
                """)
            try await connection.perform(
                """
                INSERT INTO ladder_steps (response_key, probe_id, question_id, option_code, depth, text, unreachable)
                SELECT r.key, x.probe_id, x.question_id, x.option_code, x.depth, x.text, x.unreachable
                FROM jsonb_to_recordset(\(laddersJSON)::jsonb) AS x(response_id text, probe_id text,
                    question_id text, option_code text, depth int, text text, unreachable boolean)
                JOIN responses r ON r.id = x.response_id
                """)
            return fresh.count
        }
    }

    public func restoreQuotaCounts(_ counts: [String: Int], surveyID: String) async throws {
        let ids = Array(counts.keys)
        let values = ids.map { counts[$0] ?? 0 }
        try await run { connection in
            try await connection.perform(
                """
                INSERT INTO quota_counts (survey_id, quota_id, count)
                SELECT \(surveyID), q, c FROM unnest(\(ids)::text[], \(values)::int[]) AS t(q, c)
                ON CONFLICT (survey_id, quota_id) DO UPDATE SET count = excluded.count
                """)
        }
    }
}
