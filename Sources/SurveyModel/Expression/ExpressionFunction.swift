/// The functions expressions may call. Unknown names are load-time errors.
///
/// | function | result |
/// |---|---|
/// | `count(x)` | number of selected codes of a list (0 for null), 1 for a non-null scalar |
/// | `sum(a, ...)`, `min(a, ...)`, `max(a, ...)` | over numbers and lists of numbers, ignoring nulls; null if none |
/// | `empty(x)`, `notempty(x)` | whether x is null, an empty string or an empty list (or not) |
/// | `contains(x, v)` | list x has v, or string x contains substring v |
/// | `iif(c, a, b)` | a when c is true, otherwise b |
/// | `abs(x)`, `round(x[, digits])` | numeric helpers; null in, null out |
/// | `coalesce(a, b, ...)` | the first non-null argument |
public enum ExpressionFunction: String, Sendable, CaseIterable {
    case count, sum, min, max, empty, notempty, contains, iif, abs, round, coalesce

    /// The allowed number of arguments.
    public var arity: ClosedRange<Int> {
        switch self {
        case .count, .empty, .notempty, .abs: 1...1
        case .sum, .min, .max, .coalesce: 1...64
        case .contains: 2...2
        case .iif: 3...3
        case .round: 1...2
        }
    }
}
