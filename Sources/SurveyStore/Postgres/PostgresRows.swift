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

/// PostgresNIO's rows read as `StoreRow`s (by position or by name).
extension PostgresRandomAccessRow: StoreRow {
    func text(_ column: StoreColumn) throws -> String { try decoded(column) }
    func optionalText(_ column: StoreColumn) throws -> String? { try decoded(column) }
    func integer(_ column: StoreColumn) throws -> Int { try decoded(column) }
    func optionalInteger(_ column: StoreColumn) throws -> Int? { try decoded(column) }
    func int64(_ column: StoreColumn) throws -> Int64 { try decoded(column) }
    func double(_ column: StoreColumn) throws -> Double { try decoded(column) }
    func optionalDouble(_ column: StoreColumn) throws -> Double? { try decoded(column) }
    func bool(_ column: StoreColumn) throws -> Bool { try decoded(column) }

    private func decoded<T: PostgresDecodable>(_ column: StoreColumn) throws -> T {
        switch column {
        case .name(let name): try self[name].decode(T.self)
        case .position(let position): try self[position].decode(T.self)
        }
    }
}
