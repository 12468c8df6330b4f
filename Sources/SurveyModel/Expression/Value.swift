/// A typed value in expressions and answers' expression view.
///
/// A skipped or unanswered question is `.null`; comparisons with null are false (use `empty()`).
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([Value])

    /// Truthiness used by conditions: only `.bool(true)` is true; null and everything else are false.
    public var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The text used when the value is piped into a question text.
    public var description: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .number(let value): Value.format(value)
        case .string(let value): value
        case .list(let values): values.map(\.description).joined(separator: ", ")
        }
    }

    /// Formats a number without a trailing `.0` for integers.
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
