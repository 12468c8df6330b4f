/// Errors for malformed input to the statistical functions. Messages name the argument, never data values.
public enum StatisticsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two parallel arrays differ in length.
    case lengthMismatch(argument: String, expected: Int, actual: Int)
    /// Too few observations for the computation (for example a variance from one value).
    case insufficientData(argument: String, needed: Int, actual: Int)
    /// An argument is outside its domain (negative weight, probability above 1, unknown index, …).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .lengthMismatch(argument, expected, actual):
            return "\(argument): expected \(expected) values, got \(actual)"
        case let .insufficientData(argument, needed, actual):
            return "\(argument): needs at least \(needed) observations, got \(actual)"
        case let .invalidArgument(message):
            return message
        }
    }

    /// Throws `lengthMismatch` naming `argument` when the optional parallel array `values` (weights, outcomes, …)
    /// is given and does not have `expected` elements.
    static func checkLength<Element>(_ values: [Element]?, argument: String, expected: Int) throws {
        if let values, values.count != expected {
            throw lengthMismatch(argument: argument, expected: expected, actual: values.count)
        }
    }
}
