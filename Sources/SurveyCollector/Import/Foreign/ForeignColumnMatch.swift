import Foundation

/// What a dialect's reader makes of one column of an export, before `--map` and the checks of the whole header.
enum ForeignColumnMatch: Sendable {
    /// The column's role (`ignored` for the tool's bookkeeping).
    case role(ForeignColumnRole)
    /// The column holds an answer, but the survey has no question or variable it fits: an error at the header,
    /// unless a `--map` entry names its column.
    case unknown
}

/// Reads the header of one tool's export: the role of each column.
protocol ForeignColumnMatcher: Sendable {
    /// The role of the column at `position` (0-based) of the header.
    func match(_ position: Int) -> ForeignColumnMatch
    /// The time zone of times without one in the column at `position`.
    func zone(_ position: Int) -> TimeZone
    /// The names of the columns that give the response id, as the error about a file without one names them.
    var responseIDColumns: String { get }
}
