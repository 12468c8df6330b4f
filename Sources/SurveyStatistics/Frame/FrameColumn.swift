/// One column of a `SurveyFrame`.
public enum FrameColumn: Sendable, Equatable {
    /// Numbers, NaN for missing.
    case numeric([Double])
    /// Labels as integer codes, -1 for missing.
    case categorical(CategoricalColumn)

    /// Number of rows.
    public var count: Int {
        switch self {
        case .numeric(let values): values.count
        case .categorical(let column): column.count
        }
    }
}
