/// An XML element to be written: attributes in the given (stable) order, then text or children.
struct XMLElementOut {
    var name: String
    var attributes: [(String, String)] = []
    var text: String?
    var children: [XMLElementOut] = []

    init(_ name: String, _ attributes: [(String, String?)] = [], text: String? = nil, children: [XMLElementOut] = []) {
        self.name = name
        self.attributes = attributes.compactMap { key, value in value.map { (key, $0) } }
        self.text = text
        self.children = children
    }

    /// Appends the element `name` with one child per item, made by `element`, unless `items` is empty: then
    /// nothing (files leave empty lists out).
    mutating func appendListUnlessEmpty<Items: Collection>(
        _ name: String, _ items: Items, _ element: (Items.Element) -> XMLElementOut
    ) {
        guard !items.isEmpty else { return }
        children.append(XMLElementOut(name, children: items.map(element)))
    }

    /// Writes the element indented by `level` steps of two spaces.
    func write(into output: inout String, level: Int) {
        let indent = String(repeating: "  ", count: level)
        output += indent + "<" + name
        for (key, value) in attributes {
            output += " " + key + "=\"" + Self.escape(value, attribute: true) + "\""
        }
        if children.isEmpty {
            if let text, !text.isEmpty {
                output += ">" + Self.escape(text, attribute: false) + "</" + name + ">\n"
            } else {
                output += "/>\n"
            }
            return
        }
        output += ">"
        if let text, !text.isEmpty { output += Self.escape(text, attribute: false) }
        output += "\n"
        for child in children { child.write(into: &output, level: level + 1) }
        output += indent + "</" + name + ">\n"
    }

    /// Escapes `&`, `<`, `>` (and in attributes `"` and line breaks and tabs, which attribute-value
    /// normalization would otherwise turn into spaces), and leaves out the characters XML 1.0 cannot hold
    /// (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF). The one XML text escaper of the
    /// survey writer and the `.xlsx` writer.
    static func escape(_ text: String, attribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where attribute: result += "&#9;"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
