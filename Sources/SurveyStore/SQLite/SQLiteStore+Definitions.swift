import Foundation
import GRDB
import SurveyModel

extension SQLiteStore {
    @discardableResult
    public func registerSurvey(_ definition: SurveyDefinitionRecord) async throws -> Bool {
        try await write { db in
            let existing = try String.fetchOne(
                db, sql: "SELECT hash FROM surveys WHERE survey_id = ? AND version = ?",
                arguments: [definition.surveyID, definition.version.description])
            if let existing {
                guard existing == definition.hash else {
                    throw StoreError.definitionConflict(surveyID: definition.surveyID, version: definition.version)
                }
                return false
            }
            try db.execute(
                sql: "INSERT INTO surveys (survey_id, version, hash, json, registered_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    definition.surveyID, definition.version.description, definition.hash, definition.json,
                    Date().storeSeconds,
                ])
            return true
        }
    }

    public func surveyDefinition(surveyID: String, version: SemanticVersion) async throws -> SurveyDefinitionRecord? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM surveys WHERE survey_id = ? AND version = ?",
                arguments: [surveyID, version.description]
            ).map(Self.definition(from:))
        }
    }

    public func surveyDefinitions(surveyID: String?) async throws -> [SurveyDefinitionRecord] {
        try await read { db in
            let rows =
                if let surveyID {
                    try Row.fetchAll(db, sql: "SELECT * FROM surveys WHERE survey_id = ?", arguments: [surveyID])
                } else {
                    try Row.fetchAll(db, sql: "SELECT * FROM surveys")
                }
            return try rows.map(Self.definition(from:)).sorted {
                ($0.surveyID, $0.registeredAt) < ($1.surveyID, $1.registeredAt)
                    || ($0.surveyID == $1.surveyID && $0.version < $1.version)
            }
        }
    }

    static func definition(from row: Row) throws -> SurveyDefinitionRecord {
        let versionText: String = row["version"]
        guard let version = SemanticVersion(parsing: versionText) else {
            throw AnswerValueCoding.Failure(kind: "version")
        }
        return SurveyDefinitionRecord(
            surveyID: row["survey_id"], version: version, hash: row["hash"], json: row["json"],
            registeredAt: Date(storeSeconds: row["registered_at"]))
    }

    // MARK: Weight sets

    public func saveWeightSet(_ weightSet: WeightSet) async throws {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM weight_sets WHERE survey_id = ? AND name = ?",
                arguments: [weightSet.surveyID, weightSet.name])
            try db.execute(
                sql: "INSERT INTO weight_sets (survey_id, name, report, created_at) VALUES (?, ?, ?, ?)",
                arguments: [weightSet.surveyID, weightSet.name, weightSet.reportJSON, weightSet.createdAt.storeSeconds])
            let statement = try db.makeStatement(
                sql:
                    "INSERT INTO weights (survey_id, set_name, respondent_id, weight, replicates) VALUES (?, ?, ?, ?, ?)"
            )
            for (respondentID, weight) in weightSet.weights {
                let replicates = weightSet.replicateWeights[respondentID].map(ReplicateWeightCoding.encode)
                try statement.execute(
                    arguments: [weightSet.surveyID, weightSet.name, respondentID, weight, replicates])
            }
        }
    }

    public func weightSet(name: String, surveyID: String) async throws -> WeightSet? {
        try await read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM weight_sets WHERE survey_id = ? AND name = ?", arguments: [surveyID, name])
            else { return nil }
            var weights: [String: Double] = [:]
            var replicates: [String: [Double]] = [:]
            let cursor = try Row.fetchCursor(
                db,
                sql: "SELECT respondent_id, weight, replicates FROM weights WHERE survey_id = ? AND set_name = ?",
                arguments: [surveyID, name])
            while let weightRow = try cursor.next() {
                let id: String = weightRow[0]
                weights[id] = weightRow[1]
                if let bytes = weightRow[2] as Data? {
                    replicates[id] = try ReplicateWeightCoding.decode(bytes, store: self.path)
                }
            }
            return WeightSet(
                name: name, surveyID: surveyID, weights: weights, replicateWeights: replicates,
                reportJSON: row["report"], createdAt: Date(storeSeconds: row["created_at"]))
        }
    }

    public func weightSetReport(name: String, surveyID: String) async throws -> String? {
        try await read { db in
            try String.fetchOne(
                db, sql: "SELECT report FROM weight_sets WHERE survey_id = ? AND name = ?", arguments: [surveyID, name])
        }
    }

    public func weightSets(surveyID: String) async throws -> [WeightSetSummary] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.name, s.created_at, (SELECT COUNT(*) FROM weights w
                        WHERE w.survey_id = s.survey_id AND w.set_name = s.name) AS n
                    FROM weight_sets s WHERE s.survey_id = ? ORDER BY s.name
                    """, arguments: [surveyID]
            ).map {
                WeightSetSummary(
                    name: $0["name"], surveyID: surveyID, count: $0["n"],
                    createdAt: Date(storeSeconds: $0["created_at"]))
            }
        }
    }
}
