import Foundation
import GRDB
import SurveyModel

/// Inserts imported responses inside one write transaction with prepared statements. Each response's answers are
/// one `answer_blocks` row (`AnswerBlockCoding`), not one `answers` row per answer: SQLite's cost is per row, and
/// twenty million answer rows alone took over 20 s of CPU for a million imported responses.
struct SQLiteBulkImporter {
    private let exists: RawStatement
    private let insertRespondent: RawStatement
    private let mergeRespondent: RawStatement
    private let insertResponse: RawStatement
    private let insertLadder: RawStatement
    private let insertBlock: RawStatement
    /// The block being written (reused: one allocation for the whole import).
    private var blockBuffer: [UInt8] = []
    private let db: Database
    private let registered: Set<String>
    private(set) var summary = ImportSummary()
    /// Quota completes counted by this importer, by survey and quota id (written by `finish`).
    private var quotaCounts: [String: [String: Int]] = [:]

    init(_ db: Database, registered: Set<String>) throws {
        self.db = db
        self.registered = registered
        exists = try RawStatement(db, sql: "SELECT 1 FROM responses WHERE id = ?")
        insertRespondent = try RawStatement(
            db, sql: "INSERT INTO respondents (id) VALUES (?) ON CONFLICT (id) DO NOTHING")
        mergeRespondent = try RawStatement(
            db,
            sql: """
                INSERT INTO respondents (id, attributes) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET attributes = json_patch(attributes, excluded.attributes)
                """)
        insertResponse = try RawStatement(
            db,
            sql: """
                INSERT INTO responses (id, respondent_id, survey_id, survey_version, status, disposition, started_at,
                    updated_at, completed_at, seed, interviewer, mode)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertBlock = try RawStatement(db, sql: "INSERT INTO answer_blocks (response_key, answers) VALUES (?, ?)")
        insertLadder = try RawStatement(
            db,
            sql: """
                INSERT INTO ladder_steps (response_key, probe_id, question_id, option_code, depth, text)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
    }

    /// Stores `batch`, skipping responses whose id is already stored.
    mutating func insert(_ batch: [ImportedResponse]) throws {
        for imported in batch {
            summary.received += 1
            let response = imported.response
            exists.bind(1, response.id)
            if try exists.hasRow() {
                summary.skipped += 1
                continue
            }
            guard registered.contains(response.surveyID + "@" + response.surveyVersion.description) else {
                throw StoreError.unknownSurveyVersion(surveyID: response.surveyID, version: response.surveyVersion)
            }
            if let attributes = JSONText.object(imported.attributes) {
                mergeRespondent.bind(1, response.respondentID)
                mergeRespondent.bind(2, attributes)
                try mergeRespondent.run()
            } else {
                insertRespondent.bind(1, response.respondentID)
                try insertRespondent.run()
            }
            let key = try insertResponseRow(imported)
            try insertAnswerBlock(imported, key: key)
            for step in response.ladder {
                insertLadder.bind(1, key)
                insertLadder.bind(2, step.probeID)
                insertLadder.bind(3, step.questionID)
                insertLadder.bind(4, step.optionCode ?? "")
                insertLadder.bind(5, Int64(step.depth))
                insertLadder.bind(6, step.text)
                try insertLadder.run()
            }
            if response.status == .complete {
                for quotaID in imported.quotaIDs {
                    quotaCounts[response.surveyID, default: [:]][quotaID, default: 0] += 1
                }
            }
            summary.stored += 1
        }
    }

    /// Adds the quota completes counted so far to the store's quota counts.
    mutating func finish() throws {
        for (surveyID, counts) in quotaCounts {
            for (quotaID, count) in counts {
                try db.execute(
                    sql: """
                        INSERT INTO quota_counts (survey_id, quota_id, count) VALUES (?, ?, ?)
                        ON CONFLICT (survey_id, quota_id) DO UPDATE SET count = count + excluded.count
                        """, arguments: [surveyID, quotaID, count])
            }
        }
        quotaCounts = [:]
    }

    private func insertResponseRow(_ imported: ImportedResponse) throws -> Int64 {
        let response = imported.response
        let statement = insertResponse
        statement.bind(1, response.id)
        statement.bind(2, response.respondentID)
        statement.bind(3, response.surveyID)
        statement.bind(4, response.surveyVersion.description)
        statement.bind(5, response.status.rawValue)
        statement.bind(6, response.disposition.rawValue)
        statement.bind(7, response.startedAt?.storeSeconds)
        statement.bind(8, response.updatedAt.storeSeconds)
        statement.bind(9, imported.completedAt?.storeSeconds)
        statement.bind(10, Int64(bitPattern: response.seed))
        statement.bind(11, imported.interviewer)
        statement.bind(12, imported.mode)
        try statement.run()
        return statement.lastInsertedRowID
    }

    /// One `answer_blocks` row holding all answers of the response (`AnswerBlockCoding`); none when it has no
    /// answers.
    private mutating func insertAnswerBlock(_ imported: ImportedResponse, key: Int64) throws {
        let response = imported.response
        guard !response.answers.isEmpty else { return }
        insertBlock.bind(1, key)
        if let prepared = imported.preparedAnswerBlock {
            insertBlock.bind(2, utf8: prepared)
        } else {
            AnswerBlockCoding.encode(answers: response.answers, otherTexts: response.otherTexts, into: &blockBuffer)
            insertBlock.bind(2, utf8: blockBuffer)
        }
        try insertBlock.run()
    }
}

extension SQLiteStore {
    public func importResponses(from source: some ResponseBatchSource, atomic: Bool) async throws -> ImportSummary {
        let registered = try await read { db in
            Set(
                try Row.fetchAll(db, sql: "SELECT survey_id, version FROM surveys").map {
                    ($0["survey_id"] as String) + "@" + ($0["version"] as String)
                })
        }
        if atomic {
            return try await write { db in
                try db.execute(sql: "PRAGMA cache_size = -131072")
                var importer = try SQLiteBulkImporter(db, registered: registered)
                while let batch = try source.nextBatch() { try importer.insert(batch) }
                try importer.finish()
                return importer.summary
            }
        }
        return try await withDeferredCheckpoints { try await importBatches(from: source, registered: registered) }
    }

    /// Imports batch by batch, each in its own transaction (committed batches stay when a later one fails).
    private func importBatches(
        from source: some ResponseBatchSource, registered: Set<String>
    ) async throws
        -> ImportSummary
    {
        var total = ImportSummary()
        while true {
            let part: ImportSummary? = try await write { db in
                guard let batch = try source.nextBatch() else { return nil }
                try db.execute(sql: "PRAGMA cache_size = -131072")
                var importer = try SQLiteBulkImporter(db, registered: registered)
                try importer.insert(batch)
                try importer.finish()
                return importer.summary
            }
            guard let part else { return total }
            total.received += part.received
            total.stored += part.stored
            total.skipped += part.skipped
        }
    }

    /// Runs a bulk write with the write connection's automatic WAL checkpoints off, then checkpoints once and
    /// truncates the WAL.
    ///
    /// Every commit is still durable (`synchronous=FULL` syncs the WAL); only the copying of WAL pages into the
    /// database file is deferred. With the default (a checkpoint once the WAL passes 1,000 pages), each batch's
    /// commit would also copy and sync its pages into the database file.
    func withDeferredCheckpoints<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            try await pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        } catch {
            throw Self.mapped(error, store: path, timeout: busyTimeout)
        }
        let result: Result<T, any Error>
        do { result = .success(try await body()) } catch { result = .failure(error) }
        do {
            try await pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
                // Copies the WAL into the database and empties it (else it keeps the size of the import). Best
                // effort: every batch is already durable, and an open reader only delays this to a later one.
                _ = try? db.checkpoint(.truncate)
            }
        } catch {
            if case .success = result { throw Self.mapped(error, store: path, timeout: busyTimeout) }
        }
        return try result.get()
    }
}
