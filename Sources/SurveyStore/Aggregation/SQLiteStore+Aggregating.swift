import Foundation
import GRDB

extension SQLiteStore: StoreAggregating {
    public func groupCounts(surveyID: String, keys: [AggregateVariable], value: AggregateVariable?, weightSet: String?)
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
