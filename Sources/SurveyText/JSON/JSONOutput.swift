import SurveyModel

/// A JSON document built in code and printed with stable key order: compact (`text`) for reports and stored
/// documents, or pretty (`writePretty`) for survey files.
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

    /// `text` as a JSON string, or `null` when there is none.
    public static func optional(_ text: String?) -> JSONOutput { text.map { .string($0) } ?? .null }

    /// `number` as a JSON number, or `null` when there is none.
    public static func optional(_ number: Double?) -> JSONOutput { number.map { .number($0) } ?? .null }

    /// An array of objects, one for each of `items`, with the members `members` gives it (in that order): the shape
    /// of every list of records in voc's JSON documents.
    public static func objects<Items: Sequence>(
        _ items: Items, _ members: (Items.Element) throws -> [(String, JSONOutput)]
    ) rethrows -> JSONOutput {
        .array(try items.map { .object(try members($0)) })
    }

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

    /// Pretty-prints with two-space indentation (`level` levels in); arrays of scalars stay on one line; non-ASCII
    /// is not escaped. The layout of voc's JSON survey files.
    public func writePretty(into output: inout String, level: Int) {
        switch self {
        case .array(let elements) where elements.isEmpty: output += "[]"
        case .array(let elements) where elements.allSatisfy(\.isScalar):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += ", " }
                element.writePretty(into: &output, level: level)
            }
            output += "]"
        case .array(let elements):
            let indent = String(repeating: "  ", count: level + 1)
            output += "[\n"
            for (position, element) in elements.enumerated() {
                output += indent
                element.writePretty(into: &output, level: level + 1)
                output += position == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: level) + "]"
        case .object(let members) where members.isEmpty: output += "{}"
        case .object(let members):
            let indent = String(repeating: "  ", count: level + 1)
            output += "{\n"
            for (position, (key, value)) in members.enumerated() {
                output += indent
                Self.writeString(key, to: &output)
                output += ": "
                value.writePretty(into: &output, level: level + 1)
                output += position == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: level) + "}"
        default: write(to: &output)
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
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
