/// JSON string literals (RFC 8259), shared by every JSON writer of voc: survey files, stored answers, diagnostics
/// and the CLI's reports.
///
/// `"` and `\` are escaped, control characters written as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`; everything
/// else (non-ASCII included) is written as it is.
public enum JSONString {
    /// Appends `text` as a JSON string literal to `output`.
    public static func quote(_ text: String, into output: inout String) {
        output += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var output = ""
        quote(text, into: &output)
        return output
    }
}
