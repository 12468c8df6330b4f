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
