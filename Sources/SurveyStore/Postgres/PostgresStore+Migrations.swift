import Foundation
import PostgresNIO

extension PostgresStore {
    /// Connects once (outside the pool, so connection errors surface at once) and applies missing migrations in
    /// one transaction under `PostgresSchema.migrationLock`.
    ///
    /// Throws `.newerSchema` when `voc_migrations` records a version this voc does not know, and `.corrupt` when
    /// the schema already has tables but no `voc_migrations` (a database used for something else).
    static func migrate(location: PostgresLocation, store: String) async throws {
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: try connectionTLS(location.sslMode))
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            if isConnectionFailure(error) {
                throw StoreError.unavailable(
                    store: store, detail: "cannot connect to the database server at \(location.host):\(location.port)")
            }
            throw mapped(error, store: store)
        }
        do {
            try await migrate(connection, store: store)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw mapped(error, store: store)
        }
    }

    private static func migrate(_ connection: PostgresConnection, store: String) async throws {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))", logger: logger)
            var tables = Set<String>()
            for try await name in try await connection.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
                logger: logger
            ).decode(String.self) {
                tables.insert(name)
            }
            if !tables.isEmpty && !tables.contains("voc_migrations") {
                throw StoreError.corrupt(store: store, detail: "a PostgreSQL database that is not a voc store")
            }
            try await connection.query(PostgresQuery(unsafeSQL: PostgresSchema.migrationTable), logger: logger)
            var applied = 0
            for try await version in try await connection.query(
                "SELECT COALESCE(MAX(version), 0) FROM voc_migrations", logger: logger
            ).decode(Int.self) {
                applied = version
            }
            if applied > PostgresSchema.migrations.count { throw StoreError.newerSchema(store: store) }
            for (index, migration) in PostgresSchema.migrations.enumerated() where index + 1 > applied {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    """
                    INSERT INTO voc_migrations (version, name, applied_at)
                    VALUES (\(index + 1), \(migration.name), \(Date().timeIntervalSince1970))
                    """, logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
