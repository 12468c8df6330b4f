/// Splits an expression of another tool (XLSForm/ODK XPath, SurveyJS) into tokens.
///
/// References are `${name}` (XLSForm) and `{name}` (SurveyJS); strings are single- or double-quoted; names may
/// hold `-`, `:` and `.` after their first letter (`count-selected`, `jr:choice-name`); a lone `.` is the
/// current question (XLSForm constraints).
struct InteropExpressionLexer {
    enum Token: Equatable {
        case reference(String)
        case string(String)
        case number(Double)
        case name(String)
        case symbol(String)
    }

    /// The tokens of `text`, or a message saying what could not be read.
    static func tokens(_ text: String) throws(InteropUnsupported) -> [Token] {
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
