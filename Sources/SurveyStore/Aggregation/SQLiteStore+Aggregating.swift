import Foundation
import GRDB

extension SQLiteStore: StoreAggregating {
    public func groupCounts(
        surveyID: String, keys: [AggregateVariable], value: AggregateVariable?, weightSet: String?
    )
        async throws -> [WeightedGroupCount]
    {
        let query = AggregateSQL(dialect: .sqlite, surveyID: surveyID, keys: keys, value: value, weightSet: weightSet)
        return try await read { db in
            var groups: [WeightedGroupCount] = []
            let rows = try Row.fetchCursor(db, sql: query.sql, arguments: StatementArguments(query.parameters))
            while let row = try rows.next() {
                groups.append(
                    WeightedGroupCount(
                        keys: keys.indices.map { Self.text(row[$0]) }, value: Self.text(row["v"]), weight: row["w"],
                        count: row["n"]))
            }
            return groups
        }
    }

    public func saveGroupedWeightSet<Result: Sendable>(
        name: String, surveyID: String, keys: [AggregateVariable], startWeightSet: String?,
        weigh: @escaping @Sendable ([WeightedGroupCount]) throws -> (weights: GroupedWeights?, result: Result)
    ) async throws -> (result: Result, saved: Int?) {
        let query = AggregateSQL(
            dialect: .sqlite, surveyID: surveyID, keys: keys, value: nil, weightSet: startWeightSet)
        let arguments = StatementArguments(query.parameters)
        // Join keys: a missing value becomes a blob no key can equal, so that `=` (indexable) matches it.
        let joinKeys = keys.indices.map { "COALESCE(k\($0), X'00') AS j\($0)" }.joined(separator: ", ")
        let joinList = keys.indices.map { "j\($0)" }.joined(separator: ", ")
        let matches = keys.indices.map { " AND g.j\($0) = COALESCE(m.k\($0), X'00')" }.joined()
        return try await write { db in
            defer {
                try? db.execute(sql: "DROP TABLE IF EXISTS temp.voc_groups")
                try? db.execute(sql: "DROP TABLE IF EXISTS temp.voc_group_weights")
            }
            try db.execute(sql: "DROP TABLE IF EXISTS temp.voc_groups")
            try db.execute(
                sql: "CREATE TEMP TABLE voc_groups AS SELECT ROW_NUMBER() OVER () AS g, "
                    + (joinKeys.isEmpty ? "" : joinKeys + ", ") + "t.* FROM (\(query.sql)) AS t",
                arguments: arguments)
            var ids: [Int64] = []
            var groups: [WeightedGroupCount] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM voc_groups")
            while let row = try rows.next() {
                ids.append(row["g"])
                groups.append(
                    WeightedGroupCount(
                        keys: keys.indices.map { Self.text(row["k\($0)"]) }, value: nil, weight: row["w"],
                        count: row["n"]))
            }
            let (order, weighed, result) = try StoreAggregation.weigh(groups, store: self.path, with: weigh)
            guard let weighed else { return (result, nil) }
            try db.execute(sql: "DROP TABLE IF EXISTS temp.voc_group_weights")
            try db.execute(sql: "CREATE TEMP TABLE voc_group_weights (g INTEGER PRIMARY KEY, weight REAL NOT NULL)")
            let insert = try db.makeStatement(sql: "INSERT INTO voc_group_weights (g, weight) VALUES (?, ?)")
            for (position, index) in order.enumerated() {
                try insert.execute(arguments: [ids[index], weighed.weights[position]])
            }
            try db.execute(
                sql: "CREATE INDEX temp.voc_groups_by_key ON voc_groups(\(joinList.isEmpty ? "" : joinList + ", ")w)")
            try db.execute(
                sql: "DELETE FROM weight_sets WHERE survey_id = ? AND name = ?", arguments: [surveyID, name])
            try db.execute(
                sql: "INSERT INTO weight_sets (survey_id, name, report, created_at) VALUES (?, ?, ?, ?)",
                arguments: [surveyID, name, weighed.reportJSON, Date().storeSeconds])
            let nameParameter = "?\(query.parameters.count + 1)"
            try db.execute(
                sql: """
                    INSERT INTO weights (survey_id, set_name, respondent_id, weight)
                    SELECT m.survey, \(nameParameter), m.respondent, gw.weight
                    FROM (\(query.members)) AS m
                    JOIN voc_groups g ON g.w = m.w\(matches)
                    JOIN voc_group_weights gw ON gw.g = g.g
                    WHERE true ORDER BY m.survey, m.respondent, m.response
                    ON CONFLICT DO NOTHING
                    """, arguments: StatementArguments(query.parameters + [name]))
            return (result, db.changesCount)
        }
    }

    /// A grouped value as text (attributes are JSON strings, but a hand-edited store may hold numbers).
    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .string(let text): text
        case .int64(let number): String(number)
        case .double(let number): JSONText.number(number)
        case .blob(let data): String(decoding: data, as: UTF8.self)
        }
    }
}
