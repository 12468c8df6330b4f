import Foundation
import PostgresNIO
import SurveyModel

extension PostgresStore {
    public func response(id: String) async throws -> StoredResponse? {
        try await run { connection in
            let rows = try await connection.rows("SELECT * FROM responses WHERE id = \(id)")
            return try await Self.loadResponses(connection, rows: rows).first
        }
    }

    public func responses(_ query: ResponseQuery) async throws -> [StoredResponse] {
        if let statuses = query.statuses, statuses.isEmpty { return [] }
        let statuses = query.statuses.map { $0.map(\.rawValue) }
        let limit = max(1, query.limit)
        return try await run { connection in
            let rows = try await connection.rows(
                """
                SELECT * FROM responses WHERE survey_id = \(query.surveyID)
                    AND (\(statuses == nil) OR status = ANY(\(statuses ?? [])::text[]))
                    AND (\(query.after == nil) OR id > \(query.after ?? ""))
                ORDER BY id LIMIT \(limit)
                """)
            return try await Self.loadResponses(connection, rows: rows)
        }
    }

    public func responseCounts(surveyID: String) async throws -> [ResponseStatus: Int] {
        try await run { connection in
            var counts: [ResponseStatus: Int] = [:]
            for row in try await connection.rows(
                "SELECT status, COUNT(*) AS n FROM responses WHERE survey_id = \(surveyID) GROUP BY status")
            {
                if let status = ResponseStatus(rawValue: try row.value("status", as: String.self)) {
                    counts[status] = try row.value("n", as: Int.self)
                }
            }
            return counts
        }
    }

    public func dispositionCounts(surveyID: String) async throws -> [DispositionCount] {
        try await run { connection in
            let rows = try await connection.rows(
                """
                WITH events AS (
                    SELECT respondent_id, disposition, interviewer, updated_at AS at,
                           CASE WHEN status = 'complete' THEN 1 ELSE 0 END AS complete, key AS seq
                    FROM responses WHERE survey_id = \(surveyID)
                    UNION ALL
                    SELECT respondent_id, disposition, interviewer, at, 0, key
                    FROM contact_attempts WHERE survey_id = \(surveyID)
                ), ranked AS (
                    SELECT disposition, interviewer, ROW_NUMBER() OVER (
                        PARTITION BY respondent_id ORDER BY complete DESC, at DESC, seq DESC) AS position
                    FROM events
                )
                SELECT disposition, interviewer, COUNT(*) AS n FROM ranked WHERE position = 1
                GROUP BY disposition, interviewer
                UNION ALL
                SELECT '0.0', NULL, COUNT(*) FROM respondents r
                WHERE NOT EXISTS (SELECT 1 FROM responses x WHERE x.respondent_id = r.id AND x.survey_id = \(surveyID))
                  AND NOT EXISTS (SELECT 1 FROM contact_attempts c
                      WHERE c.respondent_id = r.id AND c.survey_id = \(surveyID))
                """)
            var merged: [DispositionCount] = []
            for row in rows {
                let count: Int = try row.value("n")
                guard count > 0 else { continue }
                let disposition = DispositionCode(try row.value("disposition", as: String.self))
                let interviewer: String? = try row.value("interviewer")
                let same = { (count: DispositionCount) in
                    count.disposition == disposition && count.interviewer == interviewer
                }
                if let index = merged.firstIndex(where: same) {
                    merged[index].count += count
                } else {
                    merged.append(DispositionCount(disposition: disposition, interviewer: interviewer, count: count))
                }
            }
            return merged.sorted {
                ($0.disposition.rawValue, $0.interviewer ?? "") < ($1.disposition.rawValue, $1.interviewer ?? "")
            }
        }
    }

    /// Builds `StoredResponse` values for response rows, loading their answers, paradata and ladders in bulk.
    static func loadResponses(
        _ connection: PostgresConnection, rows: [PostgresRandomAccessRow]
    ) async throws
        -> [StoredResponse]
    {
        guard !rows.isEmpty else { return [] }
        let keys: [Int64] = try rows.map { try $0.value("key") }
        var answers: [Int64: [StoredAnswer]] = [:]
        for row in try await connection.rows(
            """
            SELECT a.response_key, a.question_id, a.kind, a.value, a.other_texts, a.answered_at, a.unreachable,
                   p.milliseconds, p.back_steps
            FROM answers a LEFT JOIN paradata p
                ON p.response_key = a.response_key AND p.question_id = a.question_id
            WHERE a.response_key = ANY(\(keys)::bigint[]) ORDER BY a.response_key, a.question_id
            """)
        {
            let answeredAt: Double? = try row.value("answered_at")
            let milliseconds: Int64? = try row.value("milliseconds")
            let backSteps: Int? = try row.value("back_steps")
            let record = AnswerRecord(
                questionID: try row.value("question_id"),
                value: try AnswerValueCoding.decode(kind: try row.value("kind"), json: try row.value("value")),
                otherTexts: try JSONText.parseObject(try row.value("other_texts", as: String?.self)),
                answeredAt: Date(timeIntervalSince1970: answeredAt ?? 0),
                paradata: AnswerParadata(milliseconds: milliseconds.map(Int.init), backSteps: backSteps ?? 0))
            answers[try row.value("response_key"), default: []].append(
                StoredAnswer(record: record, unreachable: try row.value("unreachable")))
        }
        var ladders: [Int64: [LadderStep]] = [:]
        var setAside: [Int64: [LadderStep]] = [:]
        for row in try await connection.rows(
            """
            SELECT response_key, probe_id, question_id, option_code, depth, text, unreachable FROM ladder_steps
            WHERE response_key = ANY(\(keys)::bigint[]) ORDER BY response_key, probe_id, option_code, depth
            """)
        {
            let option: String = try row.value("option_code")
            let step = LadderStep(
                probeID: try row.value("probe_id"), questionID: try row.value("question_id"),
                optionCode: option.isEmpty ? nil : option, depth: try row.value("depth"), text: try row.value("text"))
            if try row.value("unreachable", as: Bool.self) {
                setAside[try row.value("response_key"), default: []].append(step)
            } else {
                ladders[try row.value("response_key"), default: []].append(step)
            }
        }
        return try rows.map { row in
            let key: Int64 = try row.value("key")
            guard let version = SemanticVersion(parsing: try row.value("survey_version", as: String.self)) else {
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
                id: try row.value("id"), respondentID: try row.value("respondent_id"),
                surveyID: try row.value("survey_id"), surveyVersion: version,
                status: ResponseStatus(rawValue: try row.value("status", as: String.self)) ?? .inProgress,
                disposition: DispositionCode(try row.value("disposition", as: String.self)),
                startedAt: Date(timeIntervalSince1970: try row.value("started_at")),
                updatedAt: Date(timeIntervalSince1970: try row.value("updated_at")),
                seed: UInt64(bitPattern: try row.value("seed", as: Int64.self)), answers: values,
                otherTexts: otherTexts, ladder: ladders[key] ?? [])
            let completed: Double? = try row.value("completed_at")
            return StoredResponse(
                response: response, interviewer: try row.value("interviewer"), mode: try row.value("mode"),
                language: try row.value("language"), cursor: try row.value("cursor"),
                completedAt: completed.map(Date.init(timeIntervalSince1970:)), answerRecords: records,
                setAsideLadder: setAside[key] ?? [])
        }
    }
}
