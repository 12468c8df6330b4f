/// Splits an expression of another tool (XLSForm/ODK XPath, SurveyJS) into tokens.
///
/// References are `${name}` (XLSForm) and `{name}` (SurveyJS), and, when a `base` path is given (ODK XForms),
/// XPath paths: absolute (`/data/q1`) or relative to `base` (`../q1`), each a reference to its absolute path;
/// strings are single- or double-quoted; names may hold `-`, `:` and `.` after their first letter
/// (`count-selected`, `jr:choice-name`); a lone `.` is the current question (constraints).
struct InteropExpressionLexer {
    enum Token: Equatable {
        case reference(String)
        case string(String)
        case number(Double)
        case name(String)
        case symbol(String)
    }

    /// The tokens of `text`, or a message saying what could not be read; `base` is the absolute path relative
    /// XPath paths start from (nil: no paths).
    static func tokens(_ text: String, base: String? = nil) throws(InteropUnsupported) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        func isNameStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
        func isNamePart(_ c: Character) -> Bool {
            c.isLetter || c.isNumber || c == "_" || c == "-" || c == ":" || c == "."
        }
        while index < characters.count {
            let c = characters[index]
            if c.isWhitespace {
                index += 1
            } else if let base, let end = pathEnd(characters, from: index) {
                let path = String(characters[index..<end])
                guard let absolute = absolutePath(path, base: base) else {
                    throw InteropUnsupported("the path \(path), which leaves the form")
                }
                tokens.append(.reference(absolute))
                index = end
            } else if c == "$" || c == "{" {
                let open = c == "$" ? index + 1 : index
                guard open < characters.count, characters[open] == "{",
                    let close = characters[open...].firstIndex(of: "}")
                else { throw InteropUnsupported("an unclosed reference") }
                tokens.append(.reference(String(characters[(open + 1)..<close]).trimmingSpaces))
                index = close + 1
            } else if c == "'" || c == "\"" {
                guard let close = characters[(index + 1)...].firstIndex(of: c) else {
                    throw InteropUnsupported("an unclosed string")
                }
                tokens.append(.string(String(characters[(index + 1)..<close])))
                index = close + 1
            } else if c.isNumber || (c == "." && index + 1 < characters.count && characters[index + 1].isNumber) {
                var end = index
                while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
                guard let number = Double(String(characters[index..<end])) else {
                    throw InteropUnsupported("the number \(String(characters[index..<end]))")
                }
                tokens.append(.number(number))
                index = end
            } else if isNameStart(c) {
                var end = index
                while end < characters.count, isNamePart(characters[end]) { end += 1 }
                tokens.append(.name(String(characters[index..<end])))
                index = end
            } else {
                let pair = index + 1 < characters.count ? String(characters[index...(index + 1)]) : ""
                if ["!=", "<=", ">=", "==", "<>", "=<", "=>", "&&", "||"].contains(pair) {
                    tokens.append(.symbol(pair))
                    index += 2
                } else if "=<>!+-*/%(),.[]".contains(c) {
                    tokens.append(.symbol(String(c)))
                    index += 1
                } else {
                    throw InteropUnsupported("the character \"\(c)\"")
                }
            }
        }
        return tokens
    }

    /// The end of the XPath path starting at `start` (`/name...`, `../...` or `./...`), or nil when none starts
    /// there.
    private static func pathEnd(_ characters: [Character], from start: Int) -> Int? {
        func at(_ offset: Int) -> Character? { start + offset < characters.count ? characters[start + offset] : nil }
        let opens =
            (characters[start] == "/" && (at(1)?.isLetter ?? false || at(1) == "_"))
            || (characters[start] == "." && (at(1) == "/" || (at(1) == "." && at(2) == "/")))
        guard opens else { return nil }
        var end = start
        while end < characters.count,
            characters[end].isLetter || characters[end].isNumber || "_-./:".contains(characters[end])
        {
            end += 1
        }
        return end
    }

    /// `path` as an absolute path: kept when it starts with `/`, a relative one read from `base` (`..` its
    /// parent, `.` itself); nil when it climbs above the root.
    static func absolutePath(_ path: String, base: String) -> String? {
        guard !path.hasPrefix("/") else { return path }
        var parts = base.split(separator: "/").map(String.init)
        for part in path.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}

/// Why an expression of another tool is not translated: the message says what voc could not take over.
struct InteropUnsupported: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

extension StringProtocol {
    /// The text without leading and trailing spaces (and other white space).
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
