import Foundation
import PostgresNIO
import SurveyModel

extension PostgresStore {
    public func response(id: String) async throws -> StoredResponse? {
        try await run { connection in
            let rows = try await connection.rows(
                "SELECT \(unescaped: StoredResponseBatch.responseColumns) FROM responses WHERE id = \(id)")
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
                SELECT \(unescaped: StoredResponseBatch.responseColumns) FROM responses
                WHERE survey_id = \(query.surveyID)
                    AND (\(statuses == nil) OR status = ANY(\(statuses ?? [])::text[]))
                    AND (\(query.after == nil) OR id > \(query.after ?? ""))
                    AND (\(query.through == nil) OR id <= \(query.through ?? ""))
                ORDER BY id LIMIT \(limit)
                """)
            return try await Self.loadResponses(connection, rows: rows)
        }
    }

    public func responsePageEnds(_ query: ResponseQuery) async throws -> [String] {
        if let statuses = query.statuses, statuses.isEmpty { return [] }
        let statuses = query.statuses.map { $0.map(\.rawValue) }
        let limit = max(1, query.limit)
        return try await run { connection in
            try await connection.rows(
                """
                SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS position FROM responses
                    WHERE survey_id = \(query.surveyID)
                        AND (\(statuses == nil) OR status = ANY(\(statuses ?? [])::text[]))
                        AND (\(query.after == nil) OR id > \(query.after ?? ""))) AS numbered
                WHERE position % \(limit) = 0 ORDER BY id
                """
            ).map { try $0.value("id", as: String.self) }
        }
    }

    public func responseCountsByMode(surveyID: String) async throws -> [String: [ResponseStatus: Int]] {
        try await run { connection in
            var counts: [String: [ResponseStatus: Int]] = [:]
            for row in try await connection.rows(
                """
                SELECT COALESCE(mode, '') AS mode, status, COUNT(*) AS n FROM responses WHERE survey_id = \(surveyID)
                GROUP BY COALESCE(mode, ''), status
                """)
            {
                if let status = ResponseStatus(rawValue: try row.value("status", as: String.self)) {
                    counts[try row.value("mode", as: String.self), default: [:]][status] = try row.value(
                        "n", as: Int.self)
                }
            }
            return counts
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
        var binds = PostgresBindings()
        binds.append(surveyID)
        let query = PostgresQuery(unsafeSQL: DispositionCount.finalDispositionSQL(survey: "$1"), binds: binds)
        return try await run { connection in
            let rows = try await connection.rows(query)
            return try DispositionCount.merged(rows)
        }
    }

    public func pendingResponses(surveyID: String) async throws -> [PendingResponse] {
        var binds = PostgresBindings()
        binds.append(surveyID)
        let query = PostgresQuery(unsafeSQL: DispositionCount.pendingResponsesSQL(survey: "$1"), binds: binds)
        return try await run { connection in try PendingResponse.decoded(try await connection.rows(query)) }
    }

    /// Builds `StoredResponse` values for response rows (columns `StoredResponseBatch.responseColumns`), loading
    /// their answers, paradata and ladders in bulk.
    static func loadResponses(
        _ connection: PostgresConnection, rows: [PostgresRandomAccessRow]
    ) async throws
        -> [StoredResponse]
    {
        var batch = StoredResponseBatch()
        for row in rows { try batch.addResponse(row) }
        let keys = batch.keys
        guard !keys.isEmpty else { return [] }
        for row in try await connection.rows(
            """
            SELECT a.response_key, a.question_id, a.kind, a.value, a.other_texts, a.answered_at, a.unreachable,
                   p.milliseconds, p.back_steps
            FROM answers a LEFT JOIN paradata p
                ON p.response_key = a.response_key AND p.question_id = a.question_id
            WHERE a.response_key = ANY(\(keys)::bigint[]) ORDER BY a.response_key, a.question_id
            """)
        {
            try batch.addAnswer(row)
        }
        for row in try await connection.rows(
            """
            SELECT response_key, probe_id, question_id, option_code, depth, text, unreachable FROM ladder_steps
            WHERE response_key = ANY(\(keys)::bigint[]) ORDER BY response_key, probe_id, option_code, depth
            """)
        {
            try batch.addLadderStep(row)
        }
        return batch.responses()
    }
}
