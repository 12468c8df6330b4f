import GRDB

/// A second, raw connection to a store that holds the write lock (`BEGIN IMMEDIATE`) until released: stands in
/// for another process in the middle of a write.
final class SQLiteLockHolder {
    private let queue: DatabaseQueue

    init(path: String) throws {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    }

    func release() {
        try? queue.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
    }

    /// Runs one statement on a separate connection.
    static func execute(path: String, sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
    }
}
