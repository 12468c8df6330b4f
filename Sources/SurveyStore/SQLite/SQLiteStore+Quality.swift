import Foundation
import GRDB

extension SQLiteStore {
    // MARK: Quality runs

    public func saveQualityRun(_ run: QualityRun) async throws {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM quality_runs WHERE survey_id = ? AND name = ?", arguments: [run.surveyID, run.name])
            try db.execute(
                sql: "INSERT INTO quality_runs (survey_id, name, settings, report, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [run.surveyID, run.name, run.settingsJSON, run.reportJSON, run.createdAt.storeSeconds])
            let statement = try RawStatement(
                db,
                sql: """
                    INSERT INTO quality_flags (survey_id, run_name, response_id, respondent_id, score, flags, evidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            statement.bind(1, run.surveyID)
            statement.bind(2, run.name)
            for record in run.records {
                statement.bind(3, record.responseID)
                statement.bind(4, record.respondentID)
                statement.bind(5, Optional(record.score))
                statement.bind(6, record.flags.joined(separator: ";"))
                statement.bind(7, record.evidenceJSON)
                try statement.run()
            }
        }
    }

    public func qualityRun(name: String, surveyID: String) async throws -> QualityRun? {
        try await read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM quality_runs WHERE survey_id = ? AND name = ?", arguments: [surveyID, name])
            else { return nil }
            var records: [QualityRecord] = []
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT response_id, respondent_id, score, flags, evidence FROM quality_flags
                    WHERE survey_id = ? AND run_name = ? ORDER BY response_id
                    """, arguments: [surveyID, name])
            while let flagRow = try cursor.next() {
                let flags: String = flagRow[3]
                records.append(
                    QualityRecord(
                        responseID: flagRow[0], respondentID: flagRow[1], score: flagRow[2],
                        flags: flags.split(separator: ";").map(String.init), evidenceJSON: flagRow[4]))
            }
            return QualityRun(
                name: name, surveyID: surveyID, settingsJSON: row["settings"], reportJSON: row["report"],
                createdAt: Date(storeSeconds: row["created_at"]), records: records)
        }
    }

    public func qualityRuns(surveyID: String) async throws -> [QualityRunSummary] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.name, r.report, r.created_at, (SELECT COUNT(*) FROM quality_flags f
                        WHERE f.survey_id = r.survey_id AND f.run_name = r.name) AS n
                    FROM quality_runs r WHERE r.survey_id = ? ORDER BY r.name
                    """, arguments: [surveyID]
            ).map {
                QualityRunSummary(
                    name: $0["name"], surveyID: surveyID, flaggedCount: $0["n"], reportJSON: $0["report"],
                    createdAt: Date(storeSeconds: $0["created_at"]))
            }
        }
    }
}
