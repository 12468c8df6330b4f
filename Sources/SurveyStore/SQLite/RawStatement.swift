import GRDB
import GRDBSQLite

/// A prepared statement driven through the SQLite C API, for bulk inserts and bulk reads where GRDB's per-call
/// argument handling and generic row decoding would dominate (reading: `nextRow`, and the current row by column
/// position through `StoreRow`, in `RawStatement+StoreRow`). Owned by one `Database` access; never escapes it.
struct RawStatement {
    let statement: Statement
    let connection: OpaquePointer
    var pointer: OpaquePointer { statement.sqliteStatement }
    /// `SQLITE_TRANSIENT`: SQLite copies bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Prepares `sql`; with `cached`, reuses the connection's prepared statement for the same text (GRDB's
    /// statement cache: no parsing and no authorizer), reset and with its parameters cleared. Cache only SQL whose
    /// text does not vary with the data (values bound, not inlined).
    init(_ db: Database, sql: String, cached: Bool = false) throws {
        statement = try cached ? db.cachedStatement(sql: sql) : db.makeStatement(sql: sql)
        connection = db.sqliteConnection!
        if cached {
            sqlite3_reset(statement.sqliteStatement)
            sqlite3_clear_bindings(statement.sqliteStatement)
        }
    }

    func bind(_ index: Int32, _ text: String) {
        sqlite3_bind_text(pointer, index, text, -1, Self.transient)
    }

    /// Binds UTF-8 text held as bytes (no intermediate `String`).
    func bind(_ index: Int32, utf8 bytes: [UInt8]) {
        guard !bytes.isEmpty else {
            sqlite3_bind_text(pointer, index, "", 0, Self.transient)
            return
        }
        bytes.withUnsafeBufferPointer { buffer in
            let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            _ = sqlite3_bind_text(pointer, index, start, Int32(buffer.count), Self.transient)
        }
    }

    func bind(_ index: Int32, _ text: String?) {
        if let text { bind(index, text) } else { sqlite3_bind_null(pointer, index) }
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(pointer, index, value)
    }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(pointer, index, value) } else { sqlite3_bind_null(pointer, index) }
    }

    /// Runs the statement to completion and resets it; throws a `DatabaseError` on failure.
    func run() throws {
        _ = try hasRow()
    }

    /// Steps once and reports whether a row was produced (for existence checks); resets afterwards.
    func hasRow() throws -> Bool {
        let code = sqlite3_step(pointer)
        sqlite3_reset(pointer)
        try check(code)
        return code == SQLITE_ROW
    }

    /// Moves a `SELECT` to its next row, to be read through `StoreRow`; false (and reset) after the last one.
    func nextRow() throws -> Bool {
        let code = sqlite3_step(pointer)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(pointer)
        try check(code)
        return false
    }

    /// Ends a `SELECT` read only in part (a cached statement must not stay in the middle of its rows).
    func reset() {
        sqlite3_reset(pointer)
    }

    /// Throws the connection's `DatabaseError` unless `code` is a step's success (`SQLITE_DONE`, `SQLITE_ROW`).
    private func check(_ code: Int32) throws {
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
    }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }
}
