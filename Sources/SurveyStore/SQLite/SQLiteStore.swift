import Foundation
import GRDB
import SurveyModel

/// The embedded `ResponseStore`: one SQLite file (GRDB `DatabasePool`) per study, by default
/// `<survey-id>.voc.sqlite` beside the survey file.
///
/// Settings: WAL journal (readers never block the writer), `synchronous=FULL` (a returned write survives power
/// loss), foreign keys on, and a busy timeout (default 5 s) after which a write blocked by another process or
/// connection fails with `StoreError.busy`. The schema is created and upgraded by versioned migrations
/// (`SQLiteSchema`); a store written by a newer voc is refused with `StoreError.newerSchema`.
///
/// Opening checks the file first: a file that is not an SQLite database, or an SQLite database that is not a voc
/// store, is refused with `StoreError.corrupt` before anything is written to it.
public final class SQLiteStore: ResponseStore {
    /// The path of the database file.
    public let path: String
    /// Seconds a write waits for another writer before failing with `StoreError.busy`.
    public let busyTimeout: TimeInterval
    let pool: DatabasePool
    /// Shares one transaction among the writes requested at the same time (`write`).
    let groupCommit = SQLiteGroupCommit()

    /// Opens (creating and migrating if needed) the store at `path`.
    ///
    /// Throws `StoreError.corrupt` (not a voc store, damaged file), `.newerSchema`, `.busy` (another writer held
    /// the store during migration past `busyTimeout`) or `.cannotOpen`.
    public init(path: String, busyTimeout: TimeInterval = 5) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        try Self.checkHeader(path: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.read { db in
                try Self.checkLibraryVersion(db, path: path)
                try Self.checkIsVocStore(db, path: path)
            }
            let migrator = SQLiteSchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(store: path) }
            try migrator.migrate(pool)
        } catch {
            throw Self.mapped(error, store: path, timeout: busyTimeout)
        }
    }

    /// The default store path for a survey file: `<survey-id>.voc.sqlite` in the survey file's directory.
    public static func defaultPath(surveyFile: String, surveyID: String) -> String {
        let directory = (surveyFile as NSString).deletingLastPathComponent
        let name = "\(surveyID).voc.sqlite"
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    /// Refuses a non-empty file that does not start with the SQLite header, without touching it.
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        if header != Data("SQLite format 3\0".utf8) {
            throw StoreError.corrupt(store: path, detail: "the file is not an SQLite database")
        }
    }

    /// The oldest SQLite library voc's SQL runs on: 3.38 (JSON `->`, used to read imported answer blocks).
    static let minimumLibraryVersion = (3, 38)

    /// Refuses to work with an SQLite library older than `minimumLibraryVersion` (a clear message instead of SQL
    /// syntax errors later).
    static func checkLibraryVersion(_ db: Database, path: String) throws {
        let text = try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "0"
        let parts = text.split(separator: ".").compactMap { Int($0) }
        let version = (parts.first ?? 0, parts.count > 1 ? parts[1] : 0)
        if version < minimumLibraryVersion {
            throw StoreError.cannotOpen(
                store: path, detail: "voc needs SQLite 3.38 or newer; this system's library is \(text)")
        }
    }

    /// Refuses an SQLite database with tables but without voc's migration table.
    static func checkIsVocStore(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if !tables.isEmpty && !tables.contains("grdb_migrations") {
            throw StoreError.corrupt(store: path, detail: "an SQLite database that is not a voc store")
        }
    }

    /// Runs `body` in a write transaction, mapping backend errors to `StoreError`. Writes requested at the same
    /// time share the transaction, each in a savepoint of its own (`SQLiteGroupCommit`): a body that throws
    /// stores nothing, and a returned write is durable.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await groupCommit.write(pool, body)
        } catch {
            throw Self.mapped(error, store: path, timeout: busyTimeout)
        }
    }

    /// Runs `body` in a read transaction (a consistent snapshot), mapping backend errors to `StoreError`.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw Self.mapped(error, store: path, timeout: busyTimeout)
        }
    }

    /// Translates GRDB and SQLite errors into `StoreError`; other errors pass through.
    static func mapped(_ error: any Error, store: String, timeout: TimeInterval) -> any Error {
        if error is StoreError { return error }
        if let failure = error as? AnswerValueCoding.Failure {
            return StoreError.corrupt(store: store, detail: failure.description)
        }
        if let failure = error as? AnswerBlockCoding.Failure {
            return StoreError.corrupt(store: store, detail: failure.description)
        }
        guard let error = error as? DatabaseError else { return error }
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        if detail == "malformed JSON" {
            // SQL reading an answer block or attributes that are not JSON (a damaged or hand-edited store).
            return StoreError.corrupt(store: store, detail: "a stored answer block or attribute set is not valid JSON")
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(store: store, timeout: timeout)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError.corrupt(store: store, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return StoreError.cannotOpen(store: store, detail: detail)
        default: return StoreError.backend(store: store, detail: detail)
        }
    }
}

extension Date {
    /// Seconds since 1970 as stored in REAL columns.
    var storeSeconds: Double { timeIntervalSince1970 }
    init(storeSeconds: Double) { self.init(timeIntervalSince1970: storeSeconds) }
}
