/// A JSON document built in code and printed with stable key order.
///
/// Non-finite numbers (NaN, ±infinity) print as `null`, since JSON has no such values.
public enum JSONOutput: Sendable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case number(Double)
    case integer(Int)
    case string(String)
    case bool(Bool)
    case null
    /// JSON text encoded elsewhere (e.g. by `JSONEncoder`; must be one valid JSON value), written as is.
    case raw(String)

    public static func optional(_ text: String?) -> JSONOutput { text.map { .string($0) } ?? .null }

    /// The document as compact JSON text.
    public var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(member.0, to: &output)
                output += ":"
                member.1.write(to: &output)
            }
            output += "}"
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .number(let value):
            output += value.isFinite ? Self.format(value) : "null"
        case .integer(let value):
            output += String(value)
        case .string(let value):
            Self.writeString(value, to: &output)
        case .bool(let value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        case .raw(let text):
            output += text
        }
    }

    /// Shortest round-trip form; integral values without a trailing `.0`.
    public static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private static func writeString(_ value: String, to output: inout String) {
        JSONString.quote(value, into: &output)
    }
}
