import Foundation
import PostgresNIO
import SurveyModel

extension PostgresStore {
    /// A respondent row as sent to `jsonb_to_recordset` (one JSON parameter per batch: NULLs travel as JSON null).
    struct RespondentRow: Encodable {
        var id: String
        var attributes: [String: String]
        var design_weight: Double
        var stratum: String?
        var cluster: String?
        var cluster2: String?
    }

    public func upsertRespondents(_ respondents: [Respondent]) async throws -> Int {
        var latest: [String: Int] = [:]
        for (index, respondent) in respondents.enumerated() { latest[respondent.id] = index }
        let rows = respondents.enumerated().filter { latest[$0.element.id] == $0.offset }.map { _, respondent in
            RespondentRow(
                id: respondent.id, attributes: respondent.attributes, design_weight: respondent.designWeight,
                stratum: respondent.stratum, cluster: respondent.cluster, cluster2: respondent.cluster2)
        }
        let batches = try stride(from: 0, to: rows.count, by: 20_000).map {
            try Self.json(Array(rows[$0..<min(rows.count, $0 + 20_000)]))
        }
        try await transaction { connection in
            for batch in batches {
                try await connection.perform(
                    """
                    INSERT INTO respondents (id, attributes, design_weight, stratum, cluster, cluster2)
                    SELECT id, attributes, design_weight, stratum, cluster, cluster2
                    FROM jsonb_to_recordset(\(batch)::jsonb) AS x(id text, attributes jsonb, design_weight float8,
                        stratum text, cluster text, cluster2 text)
                    ON CONFLICT (id) DO UPDATE SET attributes = excluded.attributes,
                        design_weight = excluded.design_weight, stratum = excluded.stratum,
                        cluster = excluded.cluster, cluster2 = excluded.cluster2
                    """)
            }
        }
        return respondents.count
    }

    /// `value` as JSON text (for `jsonb` parameters).
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    public func respondent(id: String) async throws -> Respondent? {
        try await run { connection in
            try await connection.rows(
                """
                SELECT id, attributes::text AS attributes, design_weight, stratum, cluster, cluster2
                FROM respondents WHERE id = \(id)
                """
            ).first.map { try $0.respondent() }
        }
    }

    public func respondents(ids: [String]) async throws -> [Respondent] {
        try await run { connection in
            try await connection.rows(
                """
                SELECT id, attributes::text AS attributes, design_weight, stratum, cluster, cluster2
                FROM respondents WHERE id = ANY(\(ids)::text[])
                """
            ).map { try $0.respondent() }
        }
    }

    public func respondentCount() async throws -> Int {
        try await run { connection in
            try await connection.rows("SELECT COUNT(*) AS n FROM respondents").first?.value("n", as: Int.self) ?? 0
        }
    }

    public func respondentIDs() async throws -> [String] {
        try await run { connection in
            try await connection.rows("SELECT id FROM respondents ORDER BY id").map { try $0.value("id") }
        }
    }

    public func respondentAttributeNames() async throws -> [String] {
        try await run { connection in
            try await connection.rows(
                """
                SELECT DISTINCT k COLLATE "C" AS k
                FROM respondents, jsonb_object_keys(respondents.attributes) AS k ORDER BY 1
                """
            ).map { try $0.value("k", as: String.self) }
        }
    }

    // MARK: Work queue

    /// When respondent `r` (with its queue row `q`, if any) may be claimed: not finalized, attempts left, any
    /// callback due, not held by another interviewer's live claim, and no finished response to the survey.
    /// Placeholders: `$1` survey id, `$2` most attempts, `$3` now, `$4` interviewer, `$5` when claims made before
    /// it have expired (seconds since 1970).
    static let claimableRespondent = """
        COALESCE(q.final, FALSE) = FALSE
          AND COALESCE(q.attempts, 0) < $2
          AND (q.callback_at IS NULL OR q.callback_at <= $3)
          AND (q.claimed_by IS NULL OR q.claimed_by = $4 OR q.claimed_at < $5)
          AND NOT EXISTS (SELECT 1 FROM responses x WHERE x.respondent_id = r.id
              AND x.survey_id = $1 AND x.status <> 'in-progress')
        """

    public func claimNextRespondent(_ request: ClaimRequest) async throws -> RespondentClaim? {
        try await transaction { connection in
            let now = request.now.timeIntervalSince1970
            let expiry = now - request.claimTimeout
            /// The claim's parameters (`$1`...`$5` of `claimableRespondent`), then `last` as `$6`.
            func binds(_ last: some PostgresDynamicTypeEncodable) -> PostgresBindings {
                var binds = PostgresBindings()
                binds.append(request.surveyID)
                binds.append(request.maxAttempts)
                binds.append(now)
                binds.append(request.interviewer)
                binds.append(expiry)
                binds.append(last)
                return binds
            }
            var passed: [String] = []
            // The candidate row is locked (SKIP LOCKED: rows other claimers hold are passed over); its conditions
            // are then checked again with a fresh snapshot, because a claimer that held the lock may have
            // committed a claim or a completion after this statement's snapshot was taken.
            while true {
                guard
                    let candidate = try await connection.rows(
                        PostgresQuery(
                            unsafeSQL: """
                                SELECT r.id FROM respondents r
                                LEFT JOIN queue q ON q.survey_id = $1 AND q.respondent_id = r.id
                                WHERE \(Self.claimableRespondent)
                                  AND r.id <> ALL($6::text[])
                                ORDER BY CASE WHEN q.claimed_by = $4 THEN 0
                                              WHEN q.callback_at IS NOT NULL THEN 1
                                              WHEN q.respondent_id IS NULL THEN 2 ELSE 3 END,
                                         q.callback_at, r.id
                                LIMIT 1
                                FOR UPDATE OF r SKIP LOCKED
                                """, binds: binds(passed))
                    ).first
                else { return nil }
                let id: String = try candidate.value("id")
                guard
                    let row = try await connection.rows(
                        PostgresQuery(
                            unsafeSQL: """
                                SELECT r.id, r.attributes::text AS attributes, r.design_weight, r.stratum, r.cluster,
                                       r.cluster2, COALESCE(q.attempts, 0) AS attempts, q.callback_at
                                FROM respondents r
                                LEFT JOIN queue q ON q.survey_id = $1 AND q.respondent_id = r.id
                                WHERE r.id = $6 AND \(Self.claimableRespondent)
                                """, binds: binds(id))
                    ).first
                else {
                    passed.append(id)
                    continue
                }
                try await connection.perform(
                    """
                    INSERT INTO queue (survey_id, respondent_id, claimed_by, claimed_at)
                    VALUES (\(request.surveyID), \(id), \(request.interviewer), \(now))
                    ON CONFLICT (survey_id, respondent_id) DO UPDATE SET claimed_by = excluded.claimed_by,
                        claimed_at = excluded.claimed_at
                    """)
                let resumable = try await connection.rows(
                    """
                    SELECT id FROM responses WHERE respondent_id = \(id) AND survey_id = \(request.surveyID)
                        AND status = 'in-progress'
                    ORDER BY updated_at DESC LIMIT 1
                    """
                ).first?.value("id", as: String.self)
                return try row.respondentClaim(resumableResponseID: resumable)
            }
        }
    }

    public func releaseClaim(respondentID: String, surveyID: String, interviewer: String) async throws {
        try await run { connection in
            try await connection.perform(
                """
                UPDATE queue SET claimed_by = NULL, claimed_at = NULL
                WHERE survey_id = \(surveyID) AND respondent_id = \(respondentID) AND claimed_by = \(interviewer)
                """)
        }
    }

    public func recordContactAttempt(_ attempt: ContactAttempt) async throws {
        try await transaction { connection in
            let found = try await connection.rows(
                "SELECT 1 AS found FROM respondents WHERE id = \(attempt.respondentID)")
            guard !found.isEmpty else { throw StoreError.unknownRespondent(id: attempt.respondentID) }
            try await connection.perform(
                """
                INSERT INTO contact_attempts (survey_id, respondent_id, interviewer, disposition, at, callback_at, note)
                VALUES (\(attempt.surveyID), \(attempt.respondentID), \(attempt.interviewer),
                    \(attempt.disposition.rawValue), \(attempt.at.timeIntervalSince1970),
                    \(attempt.callbackAt?.timeIntervalSince1970), \(attempt.note))
                """)
            try await connection.perform(
                """
                INSERT INTO queue (survey_id, respondent_id, attempts, final, callback_at)
                VALUES (\(attempt.surveyID), \(attempt.respondentID), 1, \(attempt.isFinal),
                    \(attempt.callbackAt?.timeIntervalSince1970))
                ON CONFLICT (survey_id, respondent_id) DO UPDATE SET attempts = queue.attempts + 1,
                    final = excluded.final, callback_at = excluded.callback_at,
                    claimed_by = NULL, claimed_at = NULL
                """)
        }
    }

    public func contactAttempts(respondentID: String, surveyID: String) async throws -> [ContactAttempt] {
        try await run { connection in
            try await connection.rows(
                """
                SELECT * FROM contact_attempts WHERE respondent_id = \(respondentID) AND survey_id = \(surveyID)
                ORDER BY at, key
                """
            ).map { try $0.contactAttempt() }
        }
    }
}
