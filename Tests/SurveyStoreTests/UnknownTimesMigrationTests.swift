import Foundation
import GRDB
import SurveyModel
import SurveyTestSupport
import Testing

@testable import SurveyStore

/// The migration that makes unknown start times NULL (SQLite `v7-unknown-start-times`, PostgreSQL
/// `v6-unknown-start-times`), from a store written by the previous schema: interviews keep everything; the
/// 1970-01-01 start earlier imports gave a response without times becomes NULL, and its 1970 `updated_at` the
/// completion time, else the time of the migration.
@Suite struct UnknownTimesMigrationTests {
    /// What the previous voc stored: an interview with an answer, paradata and a ladder step, and two imports
    /// without times (one with a completion time). Keys are looked up by id (PostgreSQL numbers them itself).
    static let legacyRows = [
        "INSERT INTO surveys VALUES ('demo', '1.0.0', 'h1', '{\"id\":\"demo\"}', 1700000000)",
        "INSERT INTO respondents (id) VALUES ('r1'), ('p-a'), ('p-b')",
        """
        INSERT INTO responses (id, respondent_id, survey_id, survey_version, status, disposition, started_at,
            updated_at, completed_at, seed, interviewer, mode, language)
        VALUES ('live', 'r1', 'demo', '1.0.0', 'complete', '1.1', 1700000000, 1700000100, 1700000100, 42, 'ann',
                'cati', 'zh'),
            ('a', 'p-a', 'demo', '1.0.0', 'complete', '1.1', 0, 0, 1700000200, 0, NULL, 'import', NULL),
            ('b', 'p-b', 'demo', '1.0.0', 'complete', '1.1', 0, 0, NULL, 0, NULL, 'import', NULL)
        """,
        """
        INSERT INTO answers (response_key, question_id, kind, value, answered_at)
        SELECT key, 'q1', 'number', '7', 1700000050 FROM responses WHERE id = 'live'
        """,
        "INSERT INTO paradata SELECT key, 'q1', 900, 1 FROM responses WHERE id = 'live'",
        """
        INSERT INTO ladder_steps (response_key, probe_id, question_id, option_code, depth, text)
        SELECT key, 'w', 'q1', '', 1, 'why not' FROM responses WHERE id = 'live'
        """,
    ]

    /// Checks a migrated store: the interview intact, the made-up times gone, and the store still in use.
    static func checkMigrated(_ store: any ResponseStore, between before: Date, and after: Date) async throws {
        let live = try #require(try await store.response(id: "live"))
        #expect(live.response.startedAt == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(live.response.updatedAt == Date(timeIntervalSince1970: 1_700_000_100))
        #expect(live.completedAt == Date(timeIntervalSince1970: 1_700_000_100))
        #expect(live.response.answers == ["q1": .number(7)])
        #expect(live.answerRecords.map(\.record.paradata) == [AnswerParadata(milliseconds: 900, backSteps: 1)])
        #expect(live.response.ladder.map(\.text) == ["why not"])
        #expect((live.language, live.interviewer, live.response.seed) == ("zh", "ann", 42))
        let a = try #require(try await store.response(id: "a"))
        #expect(a.response.startedAt == nil)
        #expect(a.response.updatedAt == Date(timeIntervalSince1970: 1_700_000_200))
        #expect(a.completedAt == Date(timeIntervalSince1970: 1_700_000_200))
        let b = try #require(try await store.response(id: "b"))
        #expect(b.response.startedAt == nil)
        #expect(b.completedAt == nil)
        #expect(b.response.updatedAt >= before.addingTimeInterval(-1) && b.response.updatedAt <= after)
        // The migrated table takes new rows of both kinds.
        _ = try await store.importResponses([ResponseStoreConformance.untimed("c")], atomic: true)
        #expect(try await store.response(id: "c")?.response.startedAt == nil)
        try await store.upsertRespondents([Respondent(id: "r01")])
        try await store.createResponse(ResponseStoreConformance.start("new", respondent: "r01"))
        #expect(try await store.response(id: "new")?.response.startedAt == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func sqliteStoreOfTheFormerSchemaIsMigrated() async throws {
        let path = SQLiteStoreTests.temporaryPath()
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteSchema.migrator.migrate(queue, upTo: "v6-answer-blocks")
            var buffer: [UInt8] = []
            AnswerBlockCoding.encode(answers: ["q1": .code("2")], otherTexts: [:], into: &buffer)
            let block = String(decoding: buffer, as: UTF8.self)
            try await queue.write { db in
                for statement in Self.legacyRows { try db.execute(sql: statement) }
                try db.execute(
                    sql: "INSERT INTO answer_blocks SELECT key, ? FROM responses WHERE id = 'a'",
                    arguments: [block])
            }
            try queue.close()
        }
        let before = Date()
        let store = try SQLiteStore(path: path)
        try await Self.checkMigrated(store, between: before, and: Date())
        #expect(try await store.response(id: "a")?.response.answers == ["q1": .code("2")])
        let (nullable, indexes, violations) = try await store.pool.read { db in
            let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(responses)")
            let started = columns.first { ($0["name"] as String?) == "started_at" }
            return (
                started.map { $0["notnull"] as Int }, try db.indexes(on: "responses").map(\.name),
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            )
        }
        #expect(nullable == 0)
        #expect(indexes.contains("responses_by_survey") && indexes.contains("responses_by_respondent"))
        #expect(indexes.contains("responses_by_survey_and_id"))
        #expect(violations == 0)
    }

    @Test func postgresStoreOfTheFormerSchemaIsMigrated() async throws {
        let server = try SharedPostgres.server.get()
        let url = try SharedPostgres.freshDatabaseURL()
        let database = try #require(URL(string: url)?.lastPathComponent)
        let former = PostgresSchema.migrations.prefix { $0.name != "v6-unknown-start-times" }
        #expect(former.count == 5)
        var statements = [PostgresSchema.migrationTable] + former.flatMap(\.statements)
        statements += former.enumerated().map { "INSERT INTO voc_migrations VALUES (\($0 + 1), '\($1.name)', 0)" }
        try server.psql((statements + Self.legacyRows).joined(separator: ";\n"), database: database)
        let before = Date()
        let store = try await PostgresStore(url: url, maximumConnections: 2)
        try await Self.checkMigrated(store, between: before, and: Date())
        let nullable = try server.psql(
            """
            SELECT is_nullable FROM information_schema.columns
            WHERE table_name = 'responses' AND column_name = 'started_at'
            """, database: database)
        #expect(nullable.trimmingCharacters(in: .whitespacesAndNewlines) == "YES")
        let applied = try server.psql("SELECT name FROM voc_migrations WHERE version = 6", database: database)
        #expect(applied.trimmingCharacters(in: .whitespacesAndNewlines) == "v6-unknown-start-times")
    }
}
