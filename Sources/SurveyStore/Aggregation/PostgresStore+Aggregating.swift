import PostgresNIO

extension PostgresStore: StoreAggregating {
    public func groupCounts(surveyID: String, keys: [AggregateVariable], value: AggregateVariable?, weightSet: String?)
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
}
