import Foundation
import PostgresNIO

extension PostgresStore: StoreAggregating {
    public func groupCounts(
        surveyID: String, keys: [AggregateVariable], value: AggregateVariable?, weightSet: String?
    )
        async throws -> [WeightedGroupCount]
    {
        let query = AggregateSQL(dialect: .postgres, surveyID: surveyID, keys: keys, value: value, weightSet: weightSet)
        var binds = PostgresBindings()
        for parameter in query.parameters { binds.append(parameter) }
        let statement = PostgresQuery(unsafeSQL: query.sql, binds: binds)
        return try await run { connection in
            try await connection.rows(statement).map { row in
                WeightedGroupCount(
                    keys: try keys.indices.map { try row.value("k\($0)", as: String?.self) },
                    value: try row.value("v", as: String?.self), weight: try row.value("w"),
                    count: try row.value("n"))
            }
        }
    }

    public func saveGroupedWeightSet<Result: Sendable>(
        name: String, surveyID: String, keys: [AggregateVariable], startWeightSet: String?,
        weigh: @escaping @Sendable ([WeightedGroupCount]) throws -> (weights: GroupedWeights?, result: Result)
    ) async throws -> (result: Result, saved: Int?) {
        let query = AggregateSQL(
            dialect: .postgres, surveyID: surveyID, keys: keys, value: nil, weightSet: startWeightSet)
        // Join keys: a missing value becomes a text no key holds, so that `=` (hashable) matches it.
        let joinKeys = keys.indices.map { "COALESCE(k\($0), chr(1)) AS j\($0)" }.joined(separator: ", ")
        let matches = keys.indices.map { " AND g.j\($0) = COALESCE(m.k\($0), chr(1))" }.joined()
        let parameters = query.parameters
        let store = path
        return try await transaction(repeatableRead: true) { connection in
            func bindings(_ extra: [String] = []) -> PostgresBindings {
                var binds = PostgresBindings()
                for parameter in parameters + extra { binds.append(parameter) }
                return binds
            }
            try await connection.perform(PostgresQuery(unsafeSQL: "DROP TABLE IF EXISTS pg_temp.voc_groups"))
            try await connection.perform(PostgresQuery(unsafeSQL: "DROP TABLE IF EXISTS pg_temp.voc_group_weights"))
            try await connection.perform(
                PostgresQuery(
                    unsafeSQL: "CREATE TEMP TABLE voc_groups ON COMMIT DROP AS SELECT ROW_NUMBER() OVER () AS g, "
                        + (joinKeys.isEmpty ? "" : joinKeys + ", ") + "t.* FROM (\(query.sql)) AS t",
                    binds: bindings()))
            var ids: [Int64] = []
            var groups: [WeightedGroupCount] = []
            for row in try await connection.rows(PostgresQuery(unsafeSQL: "SELECT * FROM voc_groups")) {
                ids.append(try row.value("g"))
                groups.append(
                    WeightedGroupCount(
                        keys: try keys.indices.map { try row.value("k\($0)", as: String?.self) }, value: nil,
                        weight: try row.value("w"), count: try row.value("n")))
            }
            let (order, weighed, result): ([Int], GroupedWeights?, Result)
            do {
                (order, weighed, result) = try StoreAggregation.weigh(groups, store: store, with: weigh)
            } catch {
                throw CallerError(error: error)  // handed back as is (a StoreError would pass through anyway)
            }
            guard let weighed else { return (result, nil) }
            try await connection.perform(
                "CREATE TEMP TABLE voc_group_weights (g BIGINT PRIMARY KEY, weight DOUBLE PRECISION NOT NULL) ON COMMIT DROP"
            )
            try await connection.perform(
                """
                INSERT INTO voc_group_weights (g, weight)
                SELECT * FROM unnest(\(order.map { ids[$0] })::bigint[], \(weighed.weights)::float8[])
                """)
            try await connection.perform(
                "DELETE FROM weight_sets WHERE survey_id = \(surveyID) AND name = \(name)")
            try await connection.perform(
                """
                INSERT INTO weight_sets (survey_id, name, report, created_at)
                VALUES (\(surveyID), \(name), \(weighed.reportJSON), \(Date().timeIntervalSince1970))
                """)
            let rows = try await connection.rows(
                PostgresQuery(
                    unsafeSQL: """
                        WITH inserted AS (
                            INSERT INTO weights (survey_id, set_name, respondent_id, weight)
                            SELECT m.survey, $\(parameters.count + 1), m.respondent, gw.weight
                            FROM (\(query.members)) AS m
                            JOIN voc_groups g ON g.w = m.w\(matches)
                            JOIN voc_group_weights gw ON gw.g = g.g
                            ORDER BY m.survey, m.respondent, m.response
                            ON CONFLICT DO NOTHING RETURNING 1
                        ) SELECT COUNT(*) AS n FROM inserted
                        """, binds: bindings([name])))
            let saved: Int = try rows.first?.value("n") ?? 0
            return (result, saved)
        }
    }
}
