import Foundation
import SurveyStore
import SurveyTestSupport

/// The store backends the conformance suite runs against, each giving a fresh, empty store.
enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres

    var description: String { rawValue }

    /// A new empty store: a temporary SQLite file, or a new database on the shared throwaway PostgreSQL server.
    func makeStore() async throws -> any ResponseStore {
        switch self {
        case .sqlite: try SQLiteStore(path: SQLiteStoreTests.temporaryPath())
        case .postgres: try await PostgresStore(url: try SharedPostgres.freshDatabaseURL(), maximumConnections: 8)
        }
    }
}

/// One throwaway PostgreSQL server per test process (started on first use, stopped at exit); every test gets
/// its own database. A missing server binary makes every PostgreSQL test fail with the install hint.
enum SharedPostgres {
    private static let lock = NSLock()

    static let server: Result<PostgresTestServer, PostgresTestServer.Failure> = {
        do {
            let server = try PostgresTestServer()
            atexit { try? SharedPostgres.runningServer?.stop() }
            return .success(server)
        } catch let failure as PostgresTestServer.Failure {
            return .failure(failure)
        } catch {
            return .failure(PostgresTestServer.Failure(description: "\(error)"))
        }
    }()

    static var runningServer: PostgresTestServer? { try? server.get() }

    /// The URL (with password) of a new, empty database.
    static func freshDatabaseURL() throws -> String {
        let server = try server.get()
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try lock.withLock { try server.createDatabase(name) }
        return server.url(database: name)
    }
}
