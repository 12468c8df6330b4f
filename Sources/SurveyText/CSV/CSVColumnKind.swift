/// How the columnar reader should interpret a column.
public enum CSVColumnKind: Sendable, Equatable {
    /// Numbers; a cell that is neither a number nor missing is an error.
    case numeric
    /// Labels coded as small integers.
    case categorical
    /// Numeric when every non-missing cell is a number, otherwise categorical.
    case automatic
}
