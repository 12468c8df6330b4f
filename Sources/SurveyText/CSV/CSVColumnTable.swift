/// How the columnar reader should interpret a column.
public enum CSVColumnKind: Sendable, Equatable {
    /// Numbers; a cell that is neither a number nor missing is an error.
    case numeric
    /// Labels coded as small integers.
    case categorical
    /// Numeric when every non-missing cell is a number, otherwise categorical.
    case automatic
}

/// A column to load: its header name and kind.
public struct CSVColumnRequest: Sendable, Equatable {
    public var name: String
    public var kind: CSVColumnKind

    public init(_ name: String, _ kind: CSVColumnKind = .automatic) {
        self.name = name
        self.kind = kind
    }
}

/// The contents of one loaded column.
public enum CSVColumnData: Sendable, Equatable {
    /// One value per row; missing cells are NaN.
    case numeric([Double])
    /// One code per row indexing `levels` (sorted by their text); missing cells are -1.
    case categorical(codes: [Int32], levels: [String])

    /// Number of rows.
    public var count: Int {
        switch self {
        case .numeric(let values): values.count
        case .categorical(let codes, _): codes.count
        }
    }
}

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
