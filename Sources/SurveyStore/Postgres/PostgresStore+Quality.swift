import Foundation
import PostgresNIO

extension PostgresStore {
    // MARK: Quality runs

    public func saveQualityRun(_ run: QualityRun) async throws {
        let records = run.records
        try await transaction { connection in
            try await connection.perform(
                "DELETE FROM quality_runs WHERE survey_id = \(run.surveyID) AND name = \(run.name)")
            try await connection.perform(
                """
                INSERT INTO quality_runs (survey_id, name, settings, report, created_at)
                VALUES (\(run.surveyID), \(run.name), \(run.settingsJSON), \(run.reportJSON),
                    \(run.createdAt.timeIntervalSince1970))
                """)
            for start in stride(from: 0, to: records.count, by: 20_000) {
                let page = records[start..<min(records.count, start + 20_000)]
                try await connection.perform(
                    """
                    INSERT INTO quality_flags (survey_id, run_name, response_id, respondent_id, score, flags, evidence)
                    SELECT \(run.surveyID), \(run.name), id, respondent, score, flags, evidence
                    FROM unnest(\(page.map(\.responseID))::text[], \(page.map(\.respondentID))::text[],
                        \(page.map(\.score))::float8[], \(page.map { $0.flags.joined(separator: ";") })::text[],
                        \(page.map(\.evidenceJSON))::text[]) AS t(id, respondent, score, flags, evidence)
                    """)
            }
        }
    }

    public func qualityRun(name: String, surveyID: String) async throws -> QualityRun? {
        try await run { connection in
            guard
                let row = try await connection.rows(
                    "SELECT * FROM quality_runs WHERE survey_id = \(surveyID) AND name = \(name)"
                ).first
            else { return nil }
            var records: [QualityRecord] = []
            let rows = try await connection.query(
                """
                SELECT response_id, respondent_id, score, flags, evidence FROM quality_flags
                WHERE survey_id = \(surveyID) AND run_name = \(name) ORDER BY response_id
                """, logger: Self.logger)
            for try await (id, respondent, score, flags, evidence) in rows.decode(
                (String, String, Double, String, String).self)
            {
                records.append(
                    QualityRecord(
                        responseID: id, respondentID: respondent, score: score,
                        flags: flags.split(separator: ";").map(String.init), evidenceJSON: evidence))
            }
            return QualityRun(
                name: name, surveyID: surveyID, settingsJSON: try row.value("settings"),
                reportJSON: try row.value("report"),
                createdAt: Date(timeIntervalSince1970: try row.value("created_at")), records: records)
        }
    }

    public func qualityRuns(surveyID: String) async throws -> [QualityRunSummary] {
        try await run { connection in
            try await connection.rows(
                """
                SELECT r.name, r.report, r.created_at, (SELECT COUNT(*) FROM quality_flags f
                    WHERE f.survey_id = r.survey_id AND f.run_name = r.name) AS n
                FROM quality_runs r WHERE r.survey_id = \(surveyID) ORDER BY r.name
                """
            ).map {
                QualityRunSummary(
                    name: try $0.value("name"), surveyID: surveyID, flaggedCount: try $0.value("n"),
                    reportJSON: try $0.value("report"),
                    createdAt: Date(timeIntervalSince1970: try $0.value("created_at")))
            }
        }
    }
}
