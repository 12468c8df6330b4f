import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO
import SurveyModel

/// The shared `ResponseStore`: one PostgreSQL database serving many interviewers on many machines.
///
/// Semantics are those of `SQLiteStore` (the same protocol conformance suite runs against both). Connections come
/// from a `PostgresClient` pool (at most `maximumConnections`); every statement is parameterized (PostgresQuery
/// interpolation binds values); operations that must be atomic run in one transaction. Work-queue claims use
/// `FOR UPDATE SKIP LOCKED`; quota completions lock the quota counter rows (in quota id order), so concurrent
/// completions never overshoot a target.
///
/// Opening connects once directly (so a wrong password, an unknown database or an unreachable server fails at
/// once with a clear `StoreError.cannotOpen` / `.unavailable`), then migrates the schema (`PostgresSchema`) under an
/// advisory lock and refuses a database written by a newer voc (`.newerSchema`) or a non-empty database that is
/// not a voc store (`.corrupt`). The password is never logged or part of an error (errors name `redacted`).
///
/// Outages: an operation waits up to `timeout` seconds for a connection (the pool reconnects with back-off after
/// the server comes back); if none can be had it throws `StoreError.unavailable` and nothing was written. A
/// connection lost during a statement also throws `.unavailable`; the transaction was then rolled back by the
/// server unless it had already committed (the methods that may be retried are idempotent, see the protocol).
public final class PostgresStore: ResponseStore {
    public let location: PostgresLocation
    /// Seconds an operation waits for a database connection before failing with `StoreError.unavailable`.
    public let timeout: TimeInterval
    let client: PostgresClient
    private let runner: Task<Void, Never>
    static let logger = Logger(label: "voc.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The store's name in messages: the URL without the password.
    public var path: String { location.redacted }

    /// Connects to `location`, creating or migrating the schema.
    ///
    /// Throws `StoreError.cannotOpen` (authentication, unknown database, TLS refused), `.unavailable` (no server),
    /// `.newerSchema` or `.corrupt` (a database with other tables).
    public init(location: PostgresLocation, timeout: TimeInterval = 30, maximumConnections: Int = 4) async throws {
        self.location = location
        self.timeout = timeout
        let tls = try Self.clientTLS(location.sslMode)
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: tls)
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.connectTimeout = .seconds(max(1, Int64(timeout.rounded(.up))))
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        self.client = client
        runner = Task { await client.run() }
        do {
            try await Self.migrate(location: location, store: location.redacted)
        } catch {
            runner.cancel()
            throw error
        }
    }

    /// Parses `url` (see `PostgresLocation`) and opens the store.
    public convenience init(url: String, timeout: TimeInterval = 30, maximumConnections: Int = 4) async throws {
        let location: PostgresLocation
        do {
            location = try PostgresLocation(url)
        } catch let failure as PostgresLocation.Failure {
            throw StoreError.cannotOpen(store: PostgresLocation.redact(url), detail: failure.description)
        }
        try await self.init(location: location, timeout: timeout, maximumConnections: maximumConnections)
    }

    deinit { runner.cancel() }

    static func clientTLS(_ mode: PostgresLocation.SSLMode) throws -> PostgresClient.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(unverified)
        case .require: return .require(unverified)
        case .verifyFull: return .require(.makeClientConfiguration())
        }
    }

    static func connectionTLS(_ mode: PostgresLocation.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: unverified))
        case .require: return .require(try NIOSSLContext(configuration: unverified))
        case .verifyFull: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    // MARK: Running statements

    /// Runs `body` on a pooled connection, waiting at most `timeout` seconds for the connection.
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let started = StartedFlag()
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        let store = path
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { [client] in
                    while true {
                        do {
                            return try await client.withConnection { connection in
                                started.set()
                                return try await ClosedConnectionGuard.run(on: connection) {
                                    try await body(connection)
                                }
                            }
                        } catch {
                            guard !started.value, Self.isConnectionFailure(error), ContinuousClock.now < deadline
                            else { throw error }
                            try await Task.sleep(for: .milliseconds(250))
                        }
                    }
                }
                group.addTask {
                    try? await Task.sleep(until: deadline)
                    if started.value { return nil }
                    throw StoreError.unavailable(store: store, detail: "no connection to the database server")
                }
                while let result = try await group.next() {
                    if let result {
                        group.cancelAll()
                        return result
                    }
                }
                throw StoreError.unavailable(store: store, detail: "the operation was cancelled")
            }
        } catch {
            throw Self.mapped(error, store: store)
        }
    }

    /// Runs `body` in one transaction (`BEGIN` ... `COMMIT`, `ROLLBACK` on error) on a pooled connection. A
    /// serialization failure or deadlock rolls back and runs `body` again (at most 5 times).
    ///
    /// `repeatableRead` makes every statement of the transaction see one snapshot (`REPEATABLE READ`), for bodies
    /// that read, compute and write back from what they read.
    func transaction<T: Sendable>(
        repeatableRead: Bool = false, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await run { connection in
            var attempt = 0
            while true {
                attempt += 1
                let begin: PostgresQuery = repeatableRead ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN"
                try await connection.query(begin, logger: Self.logger)
                do {
                    let value = try await body(connection)
                    try await connection.query("COMMIT", logger: Self.logger)
                    return value
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: Self.logger)
                    guard attempt < 5, let state = Self.sqlState(error), state == "40001" || state == "40P01" else {
                        throw error
                    }
                }
            }
        }
    }

    /// The SQLSTATE of a server error, or nil.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Whether `error` means the server could not be reached or the connection was lost.
    static func isConnectionFailure(_ error: any Error) -> Bool {
        if let error = error as? PSQLError {
            switch error.code {
            case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed:
                return true
            case .server:
                // 57P01..57P03: admin shutdown, crash shutdown, cannot connect now (starting up or shutting down).
                return error.serverInfo?[.sqlState]?.hasPrefix("57P") ?? false
            default: return false
            }
        }
        return error is ClosedConnectionGuard.Closed || error is ChannelError || error is IOError
            || String(describing: type(of: error)).contains("ConnectionPool")
    }

    /// Translates PostgreSQL and connection errors into `StoreError`; the text names the store without password and
    /// carries the server's message (never its detail, which can quote values).
    static func mapped(_ error: any Error, store: String) -> any Error {
        if error is StoreError { return error }
        if let passed = error as? CallerError { return passed.error }
        if let failure = error as? AnswerValueCoding.Failure {
            return StoreError.corrupt(store: store, detail: failure.description)
        }
        if isConnectionFailure(error) {
            return StoreError.unavailable(store: store, detail: "the connection to the database server was lost")
        }
        guard let psql = error as? PSQLError else {
            return StoreError.backend(store: store, detail: String(describing: type(of: error)))
        }
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? "?"
            let message = psql.serverInfo?[.message] ?? "server error"
            switch state {
            case "28P01", "28000", "3D000", "42501":
                return StoreError.cannotOpen(store: store, detail: message)
            case "55P03", "40001", "40P01":
                return StoreError.busy(store: store, timeout: 0)
            default:
                return StoreError.backend(store: store, detail: "\(message) (SQLSTATE \(state))")
            }
        case .authMechanismRequiresPassword:
            return StoreError.cannotOpen(
                store: store, detail: "the server requires a password: give it in the URL, PGPASSWORD or ~/.pgpass")
        case .sslUnsupported:
            return StoreError.cannotOpen(store: store, detail: "the server does not support TLS (sslmode=require)")
        case .saslError, .unsupportedAuthMechanism:
            return StoreError.cannotOpen(store: store, detail: "authentication failed")
        default:
            return StoreError.backend(store: store, detail: "PostgreSQL client error (\(psql.code))")
        }
    }
}

/// A flag set once a pooled connection was handed to an operation (after which a timeout no longer applies).
final class StartedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var started = false
    func set() { lock.withLock { started = true } }
    var value: Bool { lock.withLock { started } }
}

/// An error thrown by the caller's code inside a store operation (not by the database), handed back unchanged
/// instead of being mapped to a `StoreError`.
struct CallerError: Error {
    let error: any Error
}
