/// A margin resolved against a cell table: which variable of the table, and the target of each data level.
public struct ResolvedMargin: Sendable {
    public var name: String
    public var variableIndex: Int
    /// Target per data level (indexed by the cell table's level codes of that variable).
    public var targets: [Double]
    public var levels: [String]
}
