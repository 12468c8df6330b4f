import Foundation
import PostgresNIO
import SurveyModel

extension PostgresStore {
    /// Rows of one import batch, each sent as one `jsonb` parameter and expanded with `jsonb_to_recordset`.
    struct ImportRows {
        struct RespondentAttributes: Encodable { var id: String; var attributes: [String: String] }
        /// A response row, for imports and for store copy (`restoreResponses`, which also sets `cursor` and
        /// `language`; an import leaves them out).
        struct ResponseRow: Encodable {
            var id, respondent_id, survey_id, survey_version, status, disposition: String
            /// Nil (omitted, so NULL) when unknown.
            var started_at: Double?
            var updated_at: Double
            /// Nil (omitted, so NULL) when unknown.
            var completed_at: Double?
            var seed: Int64
            var cursor, interviewer, mode, language: String?
        }
        struct AnswerRow: Encodable {
            var response_id, question_id, kind, value: String
            var other_texts: String?
        }
        struct LadderRow: Encodable {
            var response_id, probe_id, question_id, option_code: String
            var depth: Int
            var text: String
            /// Set aside by back navigation (store copy keeps the flag; imports never set it).
            var unreachable = false
        }
        var respondents: [String: [String: String]] = [:]
        var responses: [ResponseRow] = []
        var answers: [AnswerRow] = []
        var ladders: [LadderRow] = []
        var quotas: [String: [String: Int]] = [:]
    }

    public func importResponses(from source: some ResponseBatchSource, atomic: Bool) async throws -> ImportSummary {
        let registered = Set(
            try await surveyDefinitions(surveyID: nil).map { $0.surveyID + "@" + $0.version.description })
        if atomic {
            return try await transaction { connection in
                var summary = ImportSummary()
                while let batch = try source.nextBatch() {
                    summary = Self.adding(summary, try await Self.insert(batch, connection, registered: registered))
                }
                return summary
            }
        }
        var total = ImportSummary()
        while let batch = try source.nextBatch() {
            let part = try await transaction { connection in
                try await Self.insert(batch, connection, registered: registered)
            }
            total = Self.adding(total, part)
        }
        return total
    }

    static func adding(_ a: ImportSummary, _ b: ImportSummary) -> ImportSummary {
        var sum = a
        sum.received += b.received
        sum.stored += b.stored
        sum.skipped += b.skipped
        return sum
    }

    /// Stores one batch in the open transaction, skipping responses whose id is stored (or repeated in the batch).
    static func insert(
        _ batch: [ImportedResponse], _ connection: PostgresConnection, registered: Set<String>
    )
        async throws -> ImportSummary
    {
        var summary = ImportSummary()
        let ids = batch.map(\.response.id)
        var seen = Set<String>()
        for row in try await connection.rows("SELECT id FROM responses WHERE id = ANY(\(ids)::text[])") {
            seen.insert(try row.value("id"))
        }
        var rows = ImportRows()
        var respondentOrder: [String] = []
        for imported in batch {
            summary.received += 1
            let response = imported.response
            guard seen.insert(response.id).inserted else {
                summary.skipped += 1
                continue
            }
            guard registered.contains(response.surveyID + "@" + response.surveyVersion.description) else {
                throw StoreError.unknownSurveyVersion(surveyID: response.surveyID, version: response.surveyVersion)
            }
            if rows.respondents[response.respondentID] == nil { respondentOrder.append(response.respondentID) }
            rows.respondents[response.respondentID, default: [:]].merge(imported.attributes) { $1 }
            rows.responses.append(
                .init(
                    response, completedAt: imported.completedAt, interviewer: imported.interviewer, mode: imported.mode)
            )
            for (questionID, value) in response.answers.sorted(by: { $0.key < $1.key }) {
                let (kind, json) = AnswerValueCoding.encode(value)
                let others =
                    response.otherTexts.isEmpty
                    ? nil : JSONText.object(response.otherTexts.filter { $0.key.hasPrefix(questionID + ".") })
                rows.answers.append(
                    .init(
                        response_id: response.id, question_id: questionID, kind: kind, value: json,
                        other_texts: others))
            }
            for step in response.ladder {
                rows.ladders.append(
                    .init(
                        response_id: response.id, probe_id: step.probeID, question_id: step.questionID,
                        option_code: step.optionCode ?? "", depth: step.depth, text: step.text))
            }
            if response.status == .complete {
                for quotaID in imported.quotaIDs {
                    rows.quotas[response.surveyID, default: [:]][quotaID, default: 0] += 1
                }
            }
            summary.stored += 1
        }
        guard !rows.responses.isEmpty else { return summary }
        let respondents = try json(
            respondentOrder.map { ImportRows.RespondentAttributes(id: $0, attributes: rows.respondents[$0] ?? [:]) })
        try await connection.perform(
            """
            INSERT INTO respondents (id, attributes)
            SELECT id, attributes FROM jsonb_to_recordset(\(respondents)::jsonb) AS x(id text, attributes jsonb)
            ON CONFLICT (id) DO UPDATE SET attributes = respondents.attributes || excluded.attributes
            """)
        let responsesJSON = try json(rows.responses)
        let answersJSON = try json(rows.answers)
        let laddersJSON = try json(rows.ladders)
        try await connection.perform(
            """
            INSERT INTO responses (id, respondent_id, survey_id, survey_version, status, disposition, started_at,
                updated_at, completed_at, seed, interviewer, mode)
            SELECT id, respondent_id, survey_id, survey_version, status, disposition, started_at, updated_at,
                completed_at, seed, interviewer, mode
            FROM jsonb_to_recordset(\(responsesJSON)::jsonb) AS x(id text, respondent_id text,
                survey_id text, survey_version text, status text, disposition text, started_at float8,
                updated_at float8, completed_at float8, seed bigint, interviewer text, mode text)
            """)
        if !rows.answers.isEmpty {
            try await connection.perform(
                """
                INSERT INTO answers (response_key, question_id, kind, value, other_texts)
                SELECT r.key, x.question_id, x.kind, x.value, x.other_texts
                FROM jsonb_to_recordset(\(answersJSON)::jsonb) AS x(response_id text, question_id text,
                    kind text, value text, other_texts text)
                JOIN responses r ON r.id = x.response_id
                """)
        }
        if !rows.ladders.isEmpty {
            try await connection.perform(
                """
                INSERT INTO ladder_steps (response_key, probe_id, question_id, option_code, depth, text)
                SELECT r.key, x.probe_id, x.question_id, x.option_code, x.depth, x.text
                FROM jsonb_to_recordset(\(laddersJSON)::jsonb) AS x(response_id text, probe_id text,
                    question_id text, option_code text, depth int, text text)
                JOIN responses r ON r.id = x.response_id
                """)
        }
        for (surveyID, counts) in rows.quotas {
            for (quotaID, count) in counts.sorted(by: { $0.key < $1.key }) {
                try await connection.perform(
                    """
                    INSERT INTO quota_counts (survey_id, quota_id, count) VALUES (\(surveyID), \(quotaID), \(count))
                    ON CONFLICT (survey_id, quota_id) DO UPDATE SET count = quota_counts.count + excluded.count
                    """)
            }
        }
        return summary
    }
}

extension PostgresStore.ImportRows.ResponseRow {
    /// The row of `response`, with the columns a `Response` does not hold.
    init(
        _ response: Response, completedAt: Date?, interviewer: String?, mode: String?, cursor: String? = nil,
        language: String? = nil
    ) {
        self.init(
            id: response.id, respondent_id: response.respondentID, survey_id: response.surveyID,
            survey_version: response.surveyVersion.description, status: response.status.rawValue,
            disposition: response.disposition.rawValue, started_at: response.startedAt?.timeIntervalSince1970,
            updated_at: response.updatedAt.timeIntervalSince1970, completed_at: completedAt?.timeIntervalSince1970,
            seed: Int64(bitPattern: response.seed), cursor: cursor, interviewer: interviewer, mode: mode,
            language: language)
    }
}
