import PostgresNIO

extension PostgresConnection {
    /// All rows of `query` (parameterized), with random access by column name.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await self.query(query, logger: PostgresStore.logger).collect().map { $0.makeRandomAccess() }
    }

    /// Runs `query` (parameterized) and discards any rows.
    func perform(_ query: PostgresQuery) async throws {
        try await self.query(query, logger: PostgresStore.logger)
    }
}

extension PostgresRandomAccessRow {
    /// The value of column `name` decoded as `T` (use an optional type for nullable columns).
    func value<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try self[name].decode(T.self)
    }
}
