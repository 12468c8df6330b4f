import Foundation
import PostgresNIO
import SurveyModel

extension PostgresStore {
    public func registerSurvey(_ definition: SurveyDefinitionRecord) async throws -> Bool {
        try await transaction { connection in
            let version = definition.version.description
            let inserted = try await connection.rows(
                """
                INSERT INTO surveys (survey_id, version, hash, json, registered_at)
                VALUES (\(definition.surveyID), \(version), \(definition.hash), \(definition.json),
                    \(Date().timeIntervalSince1970))
                ON CONFLICT (survey_id, version) DO NOTHING RETURNING 1 AS inserted
                """)
            if !inserted.isEmpty { return true }
            let rows = try await connection.rows(
                "SELECT hash FROM surveys WHERE survey_id = \(definition.surveyID) AND version = \(version)")
            guard try rows.first?.value("hash", as: String.self) == definition.hash else {
                throw StoreError.definitionConflict(surveyID: definition.surveyID, version: definition.version)
            }
            return false
        }
    }

    public func surveyDefinition(surveyID: String, version: SemanticVersion) async throws -> SurveyDefinitionRecord? {
        try await run { connection in
            try await connection.rows(
                "SELECT * FROM surveys WHERE survey_id = \(surveyID) AND version = \(version.description)"
            ).first.map(Self.definition(from:))
        }
    }

    public func surveyDefinitions(surveyID: String?) async throws -> [SurveyDefinitionRecord] {
        try await run { connection in
            let rows =
                if let surveyID {
                    try await connection.rows("SELECT * FROM surveys WHERE survey_id = \(surveyID)")
                } else {
                    try await connection.rows("SELECT * FROM surveys")
                }
            return try rows.map(Self.definition(from:)).sorted {
                ($0.surveyID, $0.registeredAt) < ($1.surveyID, $1.registeredAt)
                    || ($0.surveyID == $1.surveyID && $0.version < $1.version)
            }
        }
    }

    static func definition(from row: PostgresRandomAccessRow) throws -> SurveyDefinitionRecord {
        guard let version = SemanticVersion(parsing: try row.value("version", as: String.self)) else {
            throw AnswerValueCoding.Failure(kind: "version")
        }
        return SurveyDefinitionRecord(
            surveyID: try row.value("survey_id"), version: version, hash: try row.value("hash"),
            json: try row.value("json"), registeredAt: Date(timeIntervalSince1970: try row.value("registered_at")))
    }

    // MARK: Weight sets

    public func saveWeightSet(_ weightSet: WeightSet) async throws {
        let ids = Array(weightSet.weights.keys)
        let weights = ids.map { weightSet.weights[$0] ?? 0 }
        // Empty bytes stand for no replicates (an array of BYTEA cannot hold NULL here); stored as NULL.
        let replicates = ids.map {
            ByteBuffer(bytes: weightSet.replicateWeights[$0].map(ReplicateWeightCoding.encode) ?? Data())
        }
        try await transaction { connection in
            try await connection.perform(
                "DELETE FROM weight_sets WHERE survey_id = \(weightSet.surveyID) AND name = \(weightSet.name)")
            try await connection.perform(
                """
                INSERT INTO weight_sets (survey_id, name, report, created_at)
                VALUES (\(weightSet.surveyID), \(weightSet.name), \(weightSet.reportJSON),
                    \(weightSet.createdAt.timeIntervalSince1970))
                """)
            for start in stride(from: 0, to: ids.count, by: 50_000) {
                let end = min(ids.count, start + 50_000)
                try await connection.perform(
                    """
                    INSERT INTO weights (survey_id, set_name, respondent_id, weight, replicates)
                    SELECT \(weightSet.surveyID), \(weightSet.name), id, weight, NULLIF(replicates, ''::bytea)
                    FROM unnest(\(Array(ids[start..<end]))::text[], \(Array(weights[start..<end]))::float8[],
                        \(Array(replicates[start..<end]))::bytea[]) AS t(id, weight, replicates)
                    """)
            }
        }
    }

    public func weightSetReport(name: String, surveyID: String) async throws -> String? {
        try await run { connection in
            try await connection.rows(
                "SELECT report FROM weight_sets WHERE survey_id = \(surveyID) AND name = \(name)"
            ).first?.value("report")
        }
    }

    public func weightSet(name: String, surveyID: String) async throws -> WeightSet? {
        try await run { connection in
            guard
                let row = try await connection.rows(
                    "SELECT * FROM weight_sets WHERE survey_id = \(surveyID) AND name = \(name)"
                ).first
            else { return nil }
            var weights: [String: Double] = [:]
            var replicates: [String: [Double]] = [:]
            let rows = try await connection.query(
                """
                SELECT respondent_id, weight, replicates FROM weights
                WHERE survey_id = \(surveyID) AND set_name = \(name)
                """,
                logger: Self.logger)
            for try await (id, weight, bytes) in rows.decode((String, Double, ByteBuffer?).self) {
                weights[id] = weight
                if let bytes {
                    replicates[id] = try ReplicateWeightCoding.decode(bytes.readableBytesView, store: self.path)
                }
            }
            return WeightSet(
                name: name, surveyID: surveyID, weights: weights, replicateWeights: replicates,
                reportJSON: try row.value("report"), createdAt: Date(timeIntervalSince1970: try row.value("created_at"))
            )
        }
    }

    public func weightSets(surveyID: String) async throws -> [WeightSetSummary] {
        try await run { connection in
            try await connection.rows(
                """
                SELECT s.name, s.created_at, (SELECT COUNT(*) FROM weights w
                    WHERE w.survey_id = s.survey_id AND w.set_name = s.name) AS n
                FROM weight_sets s WHERE s.survey_id = \(surveyID) ORDER BY s.name
                """
            ).map {
                WeightSetSummary(
                    name: try $0.value("name"), surveyID: surveyID, count: try $0.value("n"),
                    createdAt: Date(timeIntervalSince1970: try $0.value("created_at")))
            }
        }
    }
}
