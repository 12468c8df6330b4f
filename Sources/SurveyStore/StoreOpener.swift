import Foundation

/// Opens a store named by a command-line location: a `postgres://` (or `postgresql://`) URL opens a
/// `PostgresStore`, anything else is an SQLite file path (`SQLiteStore`). The one place where a location becomes a
/// backend, so every command that takes `--store` or a positional `STORE` accepts both.
public enum StoreOpener {
    /// Whether `location` names a PostgreSQL server rather than a file.
    public static func isServerLocation(_ location: String) -> Bool {
        PostgresLocation.isPostgresURL(location)
    }

    /// `location` as it may be printed: a URL without its password, a path as is.
    public static func displayName(_ location: String) -> String {
        if isServerLocation(location) {
            return (try? PostgresLocation(location, environment: [:]).redacted) ?? PostgresLocation.redact(location)
        }
        return location
    }

    /// Opens (creating or migrating) the store at `location`.
    ///
    /// `timeout` is the SQLite busy timeout, and for PostgreSQL how long an operation waits for a connection
    /// (at least 1 s). With `mustExist`, a missing SQLite file throws `StoreError.cannotOpen` instead of creating
    /// an empty store (a server database must always exist). `connections` is the size of a server store's
    /// connection pool (a web server answering many respondents at once wants more than a command). Throws the
    /// backend's `StoreError`s otherwise.
    public static func open(
        _ location: String, timeout: TimeInterval = 5, mustExist: Bool = false, connections: Int = 4
    ) async throws
        -> any ResponseStore
    {
        if isServerLocation(location) {
            return try await PostgresStore(url: location, timeout: max(1, timeout), maximumConnections: connections)
        }
        if mustExist && !FileManager.default.fileExists(atPath: location) {
            throw StoreError.cannotOpen(store: location, detail: "no store at this path")
        }
        return try SQLiteStore(path: location, busyTimeout: timeout)
    }
}
