import GRDB
import GRDBSQLite

/// A `SELECT` stepped through the SQLite C API, its current row read by column position (`StoreRow`): the bulk
/// reads of responses, where GRDB's generic row decoding would dominate. Owned by one `Database` access; never
/// escapes it. A column holding the wrong type is a `Failure` naming the column, never a crash.
struct RawRowReader: StoreRow {
    /// A column that does not hold what its reader expects (NULL where a value is required).
    struct Failure: Error, CustomStringConvertible {
        var column: Int
        var description: String { "unexpected NULL in column \(column) of a stored row" }
    }

    private let statement: Statement
    private let connection: OpaquePointer
    private var pointer: OpaquePointer { statement.sqliteStatement }

    /// Prepares `sql` (no arguments: callers inline only numbers they produced themselves).
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection!
    }

    /// Moves to the next row; false after the last one. Throws a `DatabaseError` when SQLite fails.
    func step() throws -> Bool {
        let code = sqlite3_step(pointer)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(pointer)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return false
    }

    private func index(_ column: StoreColumn) -> Int32 {
        switch column {
        case .position(let position): Int32(position)
        case .name(let name): preconditionFailure("RawRowReader reads by position only, not \(name)")
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
