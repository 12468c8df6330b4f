/// Plain text from the HTML other tools store their texts in (Qualtrics question and choice texts).
enum InteropHTML {
    /// `html` without its tags (line breaks and block elements read as spaces, others as nothing), its character references decoded (the
    /// named ones `&nbsp; &amp; &lt; &gt; &quot; &apos;` and numeric ones), and runs of white space made one
    /// space, trimmed. An unknown named reference is kept as written.
    static func text(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return collapsed(html) }
        var output = ""
        var rest = Substring(html)
        while let index = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            output += rest[..<index]
            rest = rest[index...]
            if rest.first == "<" {
                guard let close = rest.firstIndex(of: ">") else { break }
                let name = rest.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if Self.blocks.contains(name) { output += " " }
                rest = rest[rest.index(after: close)...]
            } else if let semicolon = rest.prefix(10).firstIndex(of: ";"),
                let decoded = reference(rest[rest.index(after: rest.startIndex)..<semicolon])
            {
                output += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                output += "&"
                rest = rest.dropFirst()
            }
        }
        return collapsed(output + rest)
    }

    /// Elements that end a line or a block: read as a space (other tags as nothing).
    private static let blocks: Set<String> = ["br", "p", "div", "li", "ul", "ol", "tr", "td", "h1", "h2", "h3", "h4"]

    private static let named: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    ]

    /// The character a reference's name (`amp`, `#39`, `#x27`) stands for, or nil.
    private static func reference(_ name: Substring) -> String? {
        if let known = named[String(name)] { return known }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
