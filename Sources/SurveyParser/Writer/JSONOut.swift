/// A JSON value to be written, with object keys in the given (stable) order.
indirect enum JSONOut {
    case object([(String, JSONOut)])
    case array([JSONOut])
    case string(String)
    /// A number, already formatted.
    case number(String)
    case bool(Bool)

    /// Pretty-prints with two-space indentation; arrays of scalars stay on one line; non-ASCII is not escaped.
    func write(into output: inout String, level: Int) {
        switch self {
        case .string(let text): Self.quote(text, into: &output)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
            } else if elements.allSatisfy(\.isScalar) {
                output += "["
                for (position, element) in elements.enumerated() {
                    if position > 0 { output += ", " }
                    element.write(into: &output, level: level)
                }
                output += "]"
            } else {
                let indent = String(repeating: "  ", count: level + 1)
                output += "[\n"
                for (position, element) in elements.enumerated() {
                    output += indent
                    element.write(into: &output, level: level + 1)
                    output += position == elements.count - 1 ? "\n" : ",\n"
                }
                output += String(repeating: "  ", count: level) + "]"
            }
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            let indent = String(repeating: "  ", count: level + 1)
            output += "{\n"
            for (position, (key, value)) in members.enumerated() {
                output += indent
                Self.quote(key, into: &output)
                output += ": "
                value.write(into: &output, level: level + 1)
                output += position == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: level) + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    /// Writes `text` as a JSON string (see `JSONString.quote(_:into:)`).
    static func quote(_ text: String, into output: inout String) {
        JSONString.quote(text, into: &output)
    }
}
