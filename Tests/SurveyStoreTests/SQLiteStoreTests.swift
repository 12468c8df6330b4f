import Foundation
import GRDB
import SurveyModel
import SurveyStore
import Testing
import SurveyExport

/// SQLite-specific failure modes (the backend-neutral suite is `StoreConformanceTests`).
@Suite struct SQLiteStoreTests {
    static func temporaryPath(_ name: String = "store") -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("\(name).voc.sqlite").path
    }

    @Test func dataSurvivesReopening() async throws {
        let path = Self.temporaryPath()
        do {
            let store = try await ResponseStoreConformance.prepared(try SQLiteStore(path: path), respondents: 1)
            try await store.createResponse(ResponseStoreConformance.start("k1", respondent: "r01"))
            try await store.saveAnswer(AnswerRecord(questionID: "q1", value: .number(7)), responseID: "k1")
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.response(id: "k1")?.response.answers == ["q1": .number(7)])
    }

    /// A damaged answer block (a hand-edited or broken file) is reported as a damaged store by every reader,
    /// never read as missing answers.
    @Test func damagedAnswerBlocksAreReportedAsCorrupt() async throws {
        let path = Self.temporaryPath()
        let store = try await ResponseStoreConformance.prepared(try SQLiteStore(path: path))
        _ = try await store.importResponses([ResponseStoreConformance.imported("b1")], atomic: true)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in try db.execute(sql: #"UPDATE answer_blocks SET answers = '{"q1":'"#) }
        try queue.close()
        let reopened = try SQLiteStore(path: path)
        await #expect(throws: StoreError.corrupt(store: path, detail: "a stored answer block is malformed at byte 6")) {
            try await reopened.response(id: "b1")
        }
        await #expect(
            throws: StoreError.corrupt(store: path, detail: "a stored answer block or attribute set is not valid JSON")
        ) {
            try await reopened.groupCounts(surveyID: "demo", keys: [.answer("q1")], value: nil, weightSet: nil)
        }
        // An export that fails half-way leaves the existing files as they were and no temporary file behind.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let out = folder.appendingPathComponent("export-\(UUID().uuidString).csv")
        try Data("kept\n".utf8).write(to: out)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).count
        let exporter = ResponseExporter(
            store: reopened, survey: Survey(id: "demo", title: LocalizedText("Demo")), includePartial: true)
        await #expect(throws: StoreError.self) { try await exporter.export(format: .csv, to: out.path) }
        #expect(try String(contentsOf: out, encoding: .utf8) == "kept\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == before)
        try? FileManager.default.removeItem(at: out)
    }

    @Test func garbageFileIsRefusedAndUntouched() throws {
        let path = Self.temporaryPath()
        let garbage = Data("id,name\n1,not a database\n".utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.corrupt(store: path, detail: "the file is not an SQLite database")) {
            try SQLiteStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func damagedDatabaseIsReportedAsCorrupt() throws {
        let path = Self.temporaryPath()
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data(repeating: 0xA5, count: 4096 - bytes.count))
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("a damaged file was opened")
        } catch let error as StoreError {
            guard case .corrupt = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(error.description.contains("the file was not changed"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func lockedStoreFailsClearlyAfterTheBusyTimeout() async throws {
        let path = Self.temporaryPath()
        let store = try await ResponseStoreConformance.prepared(try SQLiteStore(path: path), respondents: 2)
        let blocker = try SQLiteLockHolder(path: path)
        let blocked = try SQLiteStore(path: path, busyTimeout: 0.3)
        let started = Date()
        await #expect(throws: StoreError.busy(store: path, timeout: 0.3)) {
            try await blocked.upsertRespondents([Respondent(id: "r09")])
        }
        #expect(Date().timeIntervalSince(started) >= 0.25)
        blocker.release()
        #expect(try await store.respondentCount() == 2)
        #expect(StoreError.busy(store: path, timeout: 0.3).description.contains("locked by another process"))
    }

    @Test func newerSchemaIsRefused() throws {
        let path = Self.temporaryPath()
        _ = try SQLiteStore(path: path)
        try SQLiteLockHolder.execute(path: path, sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        #expect(throws: StoreError.newerSchema(store: path)) { try SQLiteStore(path: path) }
    }

    @Test func defaultPathSitsBesideTheSurvey() {
        #expect(
            SQLiteStore.defaultPath(surveyFile: "/data/study/nps.xml", surveyID: "nps-2026")
                == "/data/study/nps-2026.voc.sqlite")
        #expect(SQLiteStore.defaultPath(surveyFile: "nps.xml", surveyID: "nps") == "nps.voc.sqlite")
    }
}
