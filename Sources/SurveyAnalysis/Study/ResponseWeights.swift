/// One weight per response (e.g. a raked weight set) of a study, keyed by response id; exports write it as a numeric
/// column after the survey variables and reports weight their estimates by it.
public struct ResponseWeights: Sendable, Hashable {
    /// The weight set's name (e.g. `raked`); the column is named `weight` unless `columnName` says otherwise.
    public var name: String
    /// The column name in the exported file (default `weight`).
    public var columnName: String
    /// Weights by response id; responses without a weight get a missing value.
    public var values: [String: Double]
    /// The set's replicate weights by response id (R values each), empty when it has none; exported as the
    /// columns `COLUMN_r1` ... `COLUMN_rR` (`voc weight --replicates`).
    public var replicates: [String: [Double]]
    /// What the replicates are, for people and for the file's notes: method, count, variance constants.
    public var replicatesNote: String?

    public init(
        name: String, columnName: String = "weight", values: [String: Double], replicates: [String: [Double]] = [:],
        replicatesNote: String? = nil
    ) {
        self.name = name
        self.columnName = columnName
        self.values = values
        self.replicates = replicates
        self.replicatesNote = replicatesNote
    }

    /// The number of replicates (0: none).
    public var replicateCount: Int { replicates.first?.value.count ?? 0 }
}
