import GRDBSQLite

/// The current row of a `RawStatement` (after `nextRow`), read by column position. A column holding NULL where a
/// value is required is a `Failure` naming the column, never a crash.
extension RawStatement: StoreRow {
    /// A column that does not hold what its reader expects (NULL where a value is required).
    struct Failure: Error, CustomStringConvertible {
        var column: Int
        var description: String { "unexpected NULL in column \(column) of a stored row" }
    }

    private func index(_ column: StoreColumn) -> Int32 {
        switch column {
        case .position(let position): Int32(position)
        case .name(let name): preconditionFailure("RawStatement reads by position only, not \(name)")
        }
    }

    private func isNull(_ column: Int32) -> Bool { sqlite3_column_type(pointer, column) == SQLITE_NULL }

    func optionalText(_ column: StoreColumn) -> String? {
        let column = index(column)
        guard let bytes = sqlite3_column_text(pointer, column) else { return nil }
        let count = Int(sqlite3_column_bytes(pointer, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func text(_ column: StoreColumn) throws -> String {
        guard let text = optionalText(column) else { throw Failure(column: Int(index(column))) }
        return text
    }

    func optionalInteger(_ column: StoreColumn) -> Int? {
        let column = index(column)
        return isNull(column) ? nil : Int(sqlite3_column_int64(pointer, column))
    }

    func integer(_ column: StoreColumn) throws -> Int {
        guard let value = optionalInteger(column) else { throw Failure(column: Int(index(column))) }
        return value
    }

    func int64(_ column: StoreColumn) throws -> Int64 {
        let position = index(column)
        guard !isNull(position) else { throw Failure(column: Int(position)) }
        return sqlite3_column_int64(pointer, position)
    }

    func optionalDouble(_ column: StoreColumn) -> Double? {
        let column = index(column)
        return isNull(column) ? nil : sqlite3_column_double(pointer, column)
    }

    func double(_ column: StoreColumn) throws -> Double {
        guard let value = optionalDouble(column) else { throw Failure(column: Int(index(column))) }
        return value
    }

    func bool(_ column: StoreColumn) throws -> Bool { try int64(column) != 0 }
}
