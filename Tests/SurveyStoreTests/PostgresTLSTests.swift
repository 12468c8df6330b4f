import Foundation
import SurveyStore
import SurveyTestSupport
import Testing

/// `sslmode=require` talks TLS: a server that accepts only TLS connections (pg_hba `hostssl`, self-signed
/// certificate) is reachable with `require` (no certificate verification, as libpq) and refuses `disable`.
@Suite(.serialized) struct PostgresTLSTests {
    @Test func sslRequireUsesTLS() async throws {
        let server = try PostgresTestServer()
        let data = server.directory.appendingPathComponent("data")
        let certificate = data.appendingPathComponent("server.crt").path
        let key = data.appendingPathComponent("server.key").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1",
            "-subj", "/CN=localhost",
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0, "openssl could not make a test certificate")
        if getuid() == 0 {
            for path in [certificate, key] {
                try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: path)
            }
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key)
        let hba = data.appendingPathComponent("pg_hba.conf")
        let rules = try String(contentsOf: hba, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { $0.hasPrefix("host ") ? "hostssl " + $0.dropFirst(5) : String($0) }
        try rules.joined(separator: "\n").write(to: hba, atomically: false, encoding: .utf8)
        try server.psql("ALTER SYSTEM SET ssl = on")
        try server.psql("SELECT pg_reload_conf()")
        try await Task.sleep(for: .milliseconds(500))

        let store = try await PostgresStore(url: server.url + "?sslmode=require")
        #expect(try await store.respondentCount() == 0)
        do {
            _ = try await PostgresStore(url: server.url + "?sslmode=disable")
            Issue.record("a plain connection was accepted by a TLS-only server")
        } catch {
            #expect("\(error)".contains("cannot open the store"))
            #expect(!"\(error)".contains(server.password))
        }
    }
}
