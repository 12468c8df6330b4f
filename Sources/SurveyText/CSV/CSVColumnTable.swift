/// Columns loaded from a CSV file, in the order requested.
public struct CSVColumnTable: Sendable {
    /// Number of data rows.
    public let rowCount: Int
    /// Column names, in request order.
    public let names: [String]
    /// Column contents, parallel to `names`.
    public let columns: [CSVColumnData]

    /// The column called `name`, or nil.
    public subscript(name: String) -> CSVColumnData? {
        names.firstIndex(of: name).map { columns[$0] }
    }
}
