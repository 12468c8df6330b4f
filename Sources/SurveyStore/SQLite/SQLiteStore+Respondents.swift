import Foundation
import GRDB
import SurveyModel

extension SQLiteStore {
    @discardableResult
    public func upsertRespondents(_ respondents: [Respondent]) async throws -> Int {
        try await write { db in
            let statement = try db.makeStatement(
                sql: """
                    INSERT INTO respondents (id, attributes, design_weight, stratum, cluster, cluster2)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET attributes = excluded.attributes,
                        design_weight = excluded.design_weight, stratum = excluded.stratum,
                        cluster = excluded.cluster, cluster2 = excluded.cluster2
                    """)
            for respondent in respondents {
                try statement.execute(arguments: [
                    respondent.id, JSONText.object(respondent.attributes) ?? "{}", respondent.designWeight,
                    respondent.stratum, respondent.cluster, respondent.cluster2,
                ])
            }
            return respondents.count
        }
    }

    public func respondent(id: String) async throws -> Respondent? {
        try await read { db in try Self.respondent(db, id: id) }
    }

    /// The respondent `id`, read in the caller's transaction.
    static func respondent(_ db: Database, id: String) throws -> Respondent? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(Respondent.storedColumns) FROM respondents WHERE id = ?"),
            arguments: [id]
        ).map {
            try $0.respondent()
        }
    }

    public func respondents(ids: [String]) async throws -> [Respondent] {
        try await read { db in
            var found: [Respondent] = []
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let marks = chunk.map { _ in "?" }.joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT \(Respondent.storedColumns) FROM respondents WHERE id IN (\(marks))",
                    arguments: StatementArguments(chunk))
                while let row = try rows.next() { found.append(try row.respondent()) }
            }
            return found
        }
    }

    public func respondentCount() async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM respondents") ?? 0 }
    }

    public func respondentIDs() async throws -> [String] {
        try await read { db in try String.fetchAll(db, sql: "SELECT id FROM respondents ORDER BY id") }
    }

    public func respondentAttributeNames() async throws -> [String] {
        try await read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT j.key FROM respondents, json_each(respondents.attributes) AS j ORDER BY j.key
                    """)
        }
    }

    // MARK: Work queue

    public func claimNextRespondent(_ request: ClaimRequest) async throws -> RespondentClaim? {
        try await write { db in
            let now = request.now.storeSeconds
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT r.id, r.attributes, r.design_weight, r.stratum, r.cluster, r.cluster2,
                            COALESCE(q.attempts, 0) AS attempts, q.callback_at AS callback_at
                        FROM respondents r
                        LEFT JOIN queue q ON q.survey_id = :survey AND q.respondent_id = r.id
                        WHERE COALESCE(q.final, 0) = 0
                          AND COALESCE(q.attempts, 0) < :maxAttempts
                          AND (q.callback_at IS NULL OR q.callback_at <= :now)
                          AND (q.claimed_by IS NULL OR q.claimed_by = :interviewer OR q.claimed_at < :expiry)
                          AND NOT EXISTS (SELECT 1 FROM responses x WHERE x.respondent_id = r.id
                              AND x.survey_id = :survey AND x.status <> 'in-progress')
                        ORDER BY CASE WHEN q.claimed_by = :interviewer THEN 0
                                      WHEN q.callback_at IS NOT NULL THEN 1
                                      WHEN q.respondent_id IS NULL THEN 2 ELSE 3 END,
                                 q.callback_at, r.id
                        LIMIT 1
                        """,
                    arguments: [
                        "survey": request.surveyID, "maxAttempts": request.maxAttempts, "now": now,
                        "interviewer": request.interviewer, "expiry": now - request.claimTimeout,
                    ])
            else { return nil }
            let respondentID: String = row["id"]
            try db.execute(
                sql: """
                    INSERT INTO queue (survey_id, respondent_id, claimed_by, claimed_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (survey_id, respondent_id) DO UPDATE SET claimed_by = excluded.claimed_by,
                        claimed_at = excluded.claimed_at
                    """, arguments: [request.surveyID, respondentID, request.interviewer, now])
            let resumable = try String.fetchOne(
                db,
                sql: """
                    SELECT id FROM responses WHERE respondent_id = ? AND survey_id = ? AND status = 'in-progress'
                    ORDER BY updated_at DESC LIMIT 1
                    """, arguments: [respondentID, request.surveyID])
            return try row.respondentClaim(resumableResponseID: resumable)
        }
    }

    public func releaseClaim(respondentID: String, surveyID: String, interviewer: String) async throws {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE queue SET claimed_by = NULL, claimed_at = NULL
                    WHERE survey_id = ? AND respondent_id = ? AND claimed_by = ?
                    """, arguments: [surveyID, respondentID, interviewer])
        }
    }

    public func recordContactAttempt(_ attempt: ContactAttempt) async throws {
        try await write { db in
            guard
                try Bool.fetchOne(db, sql: "SELECT 1 FROM respondents WHERE id = ?", arguments: [attempt.respondentID])
                    != nil
            else { throw StoreError.unknownRespondent(id: attempt.respondentID) }
            try db.execute(
                sql: """
                    INSERT INTO contact_attempts
                        (survey_id, respondent_id, interviewer, disposition, at, callback_at, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    attempt.surveyID, attempt.respondentID, attempt.interviewer, attempt.disposition.rawValue,
                    attempt.at.storeSeconds, attempt.callbackAt?.storeSeconds, attempt.note,
                ])
            try db.execute(
                sql: """
                    INSERT INTO queue (survey_id, respondent_id, attempts, final, callback_at) VALUES (?, ?, 1, ?, ?)
                    ON CONFLICT (survey_id, respondent_id) DO UPDATE SET attempts = attempts + 1,
                        final = excluded.final, callback_at = excluded.callback_at,
                        claimed_by = NULL, claimed_at = NULL
                    """,
                arguments: [attempt.surveyID, attempt.respondentID, attempt.isFinal, attempt.callbackAt?.storeSeconds])
        }
    }

    public func contactAttempts(respondentID: String, surveyID: String) async throws -> [ContactAttempt] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM contact_attempts WHERE respondent_id = ? AND survey_id = ? ORDER BY at, key
                    """, arguments: [respondentID, surveyID]
            ).map { try $0.contactAttempt() }
        }
    }
}
