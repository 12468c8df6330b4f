import Foundation
@testable import SurveyStore
import SurveyTestSupport
import Testing

/// Where a PostgreSQL store's password comes from (URL, PGPASSWORD, ~/.pgpass via PGPASSFILE) and that it never
/// shows in error text.
@Suite struct PostgresCredentialTests {
    static func server() throws -> PostgresTestServer { try SharedPostgres.server.get() }

    @Test func passwordFromTheURL() async throws {
        let store = try await PostgresStore(url: try SharedPostgres.freshDatabaseURL())
        #expect(try await store.respondentCount() == 0)
        #expect(!store.path.contains(try Self.server().password))
    }

    @Test func passwordFromPGPASSWORD() async throws {
        let server = try Self.server()
        let url = try SharedPostgres.freshDatabaseURL().replacingOccurrences(of: ":\(server.password)@", with: "@")
        #expect(!url.contains(server.password))
        let location = try PostgresLocation(url, environment: ["PGPASSWORD": server.password, "HOME": "/nonexistent"])
        let store = try await PostgresStore(location: location)
        #expect(try await store.respondentCount() == 0)
    }

    @Test func passwordFromAPasswordFile() async throws {
        let server = try Self.server()
        let url = try SharedPostgres.freshDatabaseURL().replacingOccurrences(of: ":\(server.password)@", with: "@")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let lines = """
            # comment
            otherhost:5432:*:voc:wrong
            127.0.0.1:\(server.port):*:\(server.user):\(server.password)
            """
        try lines.write(to: file, atomically: true, encoding: .utf8)
        let location = try PostgresLocation(url, environment: ["PGPASSFILE": file.path])
        #expect(location.password == server.password)
        let store = try await PostgresStore(location: location)
        #expect(try await store.respondentCount() == 0)
    }

    @Test func passwordFileEscapesAndWildcards() {
        #expect(PostgresLocation.splitPasswordLine(#"h:5432:db:u:pa\:ss\\w"#) == ["h", "5432", "db", "u", #"pa:ss\w"#])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try? "*:*:*:ann:secret-one\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(
            PostgresLocation.passwordFromFile(file.path, host: "db.example", port: 6432, database: "x", user: "ann")
                == "secret-one")
        #expect(PostgresLocation.passwordFromFile(file.path, host: "h", port: 1, database: "x", user: "bob") == nil)
    }

    @Test func wrongPasswordFailsWithoutShowingIt() async throws {
        let server = try Self.server()
        let url = try SharedPostgres.freshDatabaseURL().replacingOccurrences(
            of: ":\(server.password)@", with: ":Wr0ng-Secret-77@")
        do {
            _ = try await PostgresStore(url: url)
            Issue.record("a wrong password was accepted")
        } catch {
            let text = "\(error)"
            #expect(!text.contains("Wr0ng-Secret-77"))
            #expect(text.contains("password authentication failed"))
            #expect(text.contains("postgres://voc@127.0.0.1:\(server.port)/"))
        }
    }

    @Test func unknownDatabaseAndMissingPasswordAreClear() async throws {
        let server = try Self.server()
        do {
            _ = try await PostgresStore(url: server.url(database: "no_such_db"))
            Issue.record("an unknown database was opened")
        } catch {
            #expect("\(error)".contains("does not exist"))
            #expect(!"\(error)".contains(server.password))
        }
        let location = try PostgresLocation(
            server.urlWithoutPassword, environment: ["HOME": "/nonexistent", "PGPASSFILE": "/nonexistent/pgpass"])
        #expect(location.password == nil)
        await #expect(throws: StoreError.self) { _ = try await PostgresStore(location: location) }
    }

    @Test func sslRequireFailsClearlyAgainstAServerWithoutTLS() async throws {
        let server = try Self.server()
        do {
            _ = try await PostgresStore(url: server.url + "?sslmode=require")
            Issue.record("sslmode=require connected without TLS")
        } catch {
            #expect("\(error)".contains("TLS"))
            #expect(!"\(error)".contains(server.password))
        }
    }

    @Test func urlsParseAndRedact() throws {
        let location = try PostgresLocation(
            "postgres://ann:p%40ss@db.example:6432/study?sslmode=require", environment: [:])
        #expect(location.user == "ann")
        #expect(location.password == "p@ss")
        #expect(location.host == "db.example")
        #expect(location.port == 6432)
        #expect(location.database == "study")
        #expect(location.sslMode == .require)
        #expect(location.redacted == "postgres://ann@db.example:6432/study?sslmode=require")
        #expect(try PostgresLocation("postgresql://ann@h/", environment: [:]).database == "ann")
        #expect(PostgresLocation.redact("postgres://ann:topsecret@h/db") == "postgres://ann:***@h/db")
        do {
            _ = try PostgresLocation("postgres://ann:topsecret@h/db?sslmode=sometimes", environment: [:])
            Issue.record("an unknown sslmode was accepted")
        } catch {
            #expect("\(error)".contains("unknown sslmode"))
            #expect(!"\(error)".contains("topsecret"))
        }
        #expect(StoreOpener.displayName("postgres://ann:topsecret@h:1/db") == "postgres://ann@h:1/db")
        #expect(StoreOpener.isServerLocation("postgresql://x@y/z"))
        #expect(!StoreOpener.isServerLocation("study.voc.sqlite"))
    }
}
