import Foundation
import GRDB
import SurveyModel

extension SQLiteStore {
    public func response(id: String) async throws -> StoredResponse? {
        try await read { db in try Self.response(db, id: id) }
    }

    /// The response `id`, read in the caller's transaction. One response (every page of a web interview reads
    /// one): cached statements on the C API, so nothing is parsed or goes through GRDB's authorizer again.
    static func response(_ db: Database, id: String) throws -> StoredResponse? {
        var batch = StoredResponseBatch()
        let statement = try RawStatement(
            db, sql: "SELECT \(StoredResponseBatch.responseColumns) FROM responses WHERE id = ?", cached: true)
        statement.bind(1, id)
        while try statement.nextRow() { try batch.addResponse(statement) }
        return try completeBatch(db, batch).first
    }

    public func responses(_ query: ResponseQuery) async throws -> [StoredResponse] {
        guard query.statuses?.isEmpty != true else { return [] }
        return try await read { db in
            var (conditions, arguments) = Self.conditions(query)
            if let through = query.through {
                conditions.append("id <= ?")
                _ = arguments.append(contentsOf: [through])
            }
            _ = arguments.append(contentsOf: [max(1, query.limit)])
            return try Self.loadResponses(
                db,
                sql: "SELECT \(StoredResponseBatch.responseColumns) FROM responses WHERE "
                    + conditions.joined(separator: " AND ") + " ORDER BY id LIMIT ?",
                arguments: arguments)
        }
    }

    /// Steps through the matching ids in order and keeps every `limit`-th: reading only those ids is several times
    /// faster in SQLite than numbering the rows with a window function (`ROW_NUMBER()`) and filtering them.
    public func responsePageEnds(_ query: ResponseQuery) async throws -> [String] {
        guard query.statuses?.isEmpty != true else { return [] }
        return try await read { db in
            let (conditions, arguments) = Self.conditions(query)
            let limit = max(1, query.limit)
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id FROM responses WHERE \(conditions.joined(separator: " AND ")) ORDER BY id",
                arguments: arguments)
            var ends: [String] = []
            var position = 0
            while let row = try rows.next() {
                position += 1
                if position == limit {
                    ends.append(row[0])
                    position = 0
                }
            }
            return ends
        }
    }

    /// The conditions (with their arguments) of `query`'s survey, statuses and `after` (not `through`).
    private static func conditions(_ query: ResponseQuery) -> ([String], StatementArguments) {
        var conditions = ["survey_id = ?"]
        var arguments: StatementArguments = [query.surveyID]
        if let statuses = query.statuses {
            conditions.append("status IN (" + statuses.map { _ in "?" }.joined(separator: ",") + ")")
            for status in statuses.sorted(by: { $0.rawValue < $1.rawValue }) {
                _ = arguments.append(contentsOf: [status.rawValue])
            }
        }
        if let after = query.after {
            conditions.append("id > ?")
            _ = arguments.append(contentsOf: [after])
        }
        return (conditions, arguments)
    }

    public func responseCountsByMode(surveyID: String) async throws -> [String: [ResponseStatus: Int]] {
        try await read { db in
            var counts: [String: [ResponseStatus: Int]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT COALESCE(mode, ''), status, COUNT(*) FROM responses WHERE survey_id = ?
                    GROUP BY COALESCE(mode, ''), status
                    """,
                arguments: [surveyID])
            {
                if let status = ResponseStatus(rawValue: row[1]) { counts[row[0], default: [:]][status] = row[2] }
            }
            return counts
        }
    }

    public func responseCounts(surveyID: String) async throws -> [ResponseStatus: Int] {
        try await read { db in
            var counts: [ResponseStatus: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT status, COUNT(*) FROM responses WHERE survey_id = ? GROUP BY status",
                arguments: [surveyID])
            {
                if let status = ResponseStatus(rawValue: row[0]) { counts[status] = row[1] }
            }
            return counts
        }
    }

    public func dispositionCounts(surveyID: String) async throws -> [DispositionCount] {
        try await read { db in
            let rows = try Row.fetchAll(
                db, sql: DispositionCount.finalDispositionSQL(survey: ":survey"), arguments: ["survey": surveyID])
            return try DispositionCount.merged(rows)
        }
    }

    public func pendingResponses(surveyID: String) async throws -> [PendingResponse] {
        try await read { db in
            let rows = try Row.fetchAll(
                db, sql: DispositionCount.pendingResponsesSQL(survey: ":survey"), arguments: ["survey": surveyID])
            return try PendingResponse.decoded(rows)
        }
    }

    /// Builds `StoredResponse` values for the response rows `sql` selects (its columns
    /// `StoredResponseBatch.responseColumns`), loading their answers, paradata and ladders in bulk.
    ///
    /// The related rows are selected by key (`ResponseKeySelection`): a key range scanned in index order when the
    /// keys are dense (the usual case: a page of one survey's completes), else the list of keys. Answers and their
    /// paradata are two scans in the same (key, question id) order, merged here, rather than a join that would
    /// look each answer's paradata up in its index.
    static func loadResponses(
        _ db: Database, sql: String, arguments: StatementArguments
    ) throws -> [StoredResponse] {
        var batch = StoredResponseBatch()
        let responseRows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try responseRows.next() {
            try batch.addResponse(row)
        }
        return try completeBatch(db, batch)
    }

    /// The answers, paradata, answer blocks and ladder steps of the responses in `batch`, added to them.
    static func completeBatch(_ db: Database, _ batch: StoredResponseBatch) throws -> [StoredResponse] {
        var batch = batch
        let keys = batch.keys
        guard !keys.isEmpty else { return [] }
        // One response (a page of a web interview, a resumed interview): the key bound to cached statements;
        // several: the keys' range or list inlined (`ResponseKeySelection`) in statements prepared once.
        let single = keys.count == 1
        let selection = single ? "response_key = ?" : ResponseKeySelection(keys).condition
        func statement(_ sql: String) throws -> RawStatement {
            let statement = try RawStatement(db, sql: sql, cached: single)
            if single { statement.bind(1, keys[0]) }
            return statement
        }
        let answerRows = try statement(
            """
            SELECT response_key, question_id, kind, value, other_texts, answered_at, unreachable FROM answers
            WHERE \(selection) ORDER BY response_key, question_id
            """)
        let paradataRows = try statement(
            """
            SELECT response_key, question_id, milliseconds, back_steps FROM paradata
            WHERE \(selection) ORDER BY response_key, question_id
            """)
        var paradata = try ParadataRow(paradataRows)
        while try answerRows.nextRow() {
            let key = try answerRows.int64(0)
            let questionID = try answerRows.text(1)
            while let current = paradata, current.precedes(key, questionID) {
                paradata = try ParadataRow(paradataRows)
            }
            if let current = paradata, current.key == key, current.questionID == questionID {
                try batch.addAnswer(answerRows, milliseconds: current.milliseconds, backSteps: current.backSteps)
            } else {
                try batch.addAnswer(answerRows, milliseconds: nil, backSteps: 0)
            }
        }
        paradataRows.reset()
        // Bulk-imported responses keep their answers in one block instead (never both).
        let blockRows = try statement("SELECT response_key, answers FROM answer_blocks WHERE \(selection)")
        while try blockRows.nextRow() {
            let records = try blockRecords(try blockRows.text(1))
            batch.addAnswers(records.map { StoredAnswer(record: $0, unreachable: false) }, key: try blockRows.int64(0))
        }
        let ladderRows = try statement(
            """
            SELECT response_key, probe_id, question_id, option_code, depth, text, unreachable FROM ladder_steps
            WHERE \(selection) ORDER BY response_key, probe_id, option_code, depth
            """)
        while try ladderRows.nextRow() {
            try batch.addLadderStep(ladderRows)
        }
        return batch.responses()
    }

    /// The "other" texts object of a block entry; a damaged one is a damaged block.
    private static func otherTexts(_ json: String?) throws -> [String: String] {
        do { return try JSONText.parseObject(json) } catch { throw AnswerBlockCoding.Failure(offset: nil) }
    }

    /// The answers of an `answer_blocks` value (`AnswerBlockCoding`): no answer time (stored as 0) and no paradata.
    static func blockRecords(_ block: String) throws -> [AnswerRecord] {
        try AnswerBlockCoding.decode(block).map { entry in
            AnswerRecord(
                questionID: entry.questionID, value: try AnswerValueCoding.decode(kind: entry.kind, json: entry.json),
                otherTexts: try otherTexts(entry.otherTexts), answeredAt: Date(storeSeconds: 0),
                paradata: AnswerParadata(milliseconds: nil, backSteps: 0))
        }
    }
}
