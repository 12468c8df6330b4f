/// One weight per response (e.g. a raked weight set) of a study, keyed by response id; exports write it as a numeric
/// column after the survey variables and reports weight their estimates by it.
public struct ResponseWeights: Sendable, Hashable {
    /// The weight set's name (e.g. `raked`); the column is named `weight` unless `columnName` says otherwise.
    public var name: String
    /// The column name in the exported file (default `weight`).
    public var columnName: String
    /// Weights by response id; responses without a weight get a missing value.
    public var values: [String: Double]

    public init(name: String, columnName: String = "weight", values: [String: Double]) {
        self.name = name
        self.columnName = columnName
        self.values = values
    }
}
