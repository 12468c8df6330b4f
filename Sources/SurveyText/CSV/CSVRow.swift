/// One data row as strings.
public struct CSVRow: Sendable, Equatable {
    /// 1-based line on which the row starts.
    public let row: Int
    /// The fields, unquoted.
    public let fields: [String]
}
