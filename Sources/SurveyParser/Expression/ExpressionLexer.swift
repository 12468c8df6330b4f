import SurveyModel

/// Splits expression text into tokens with their character offsets.
struct ExpressionLexer {
    enum Token: Equatable {
        case number(Double)
        case string(String)
        case reference(Reference)
        case identifier(String)
        case symbol(String)
        case end
    }

    struct Located: Equatable {
        var token: Token
        var range: Range<Int>
    }

    static func tokens(_ text: String) throws(ExpressionSyntaxError) -> [Located] {
        let chars = Array(text)
        var result: [Located] = []
        var i = 0
        func isIdentifierStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
        func isIdentifierPart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "-" }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
                continue
            }
            let start = i
            if c == "{" || (c == "$" && i + 1 < chars.count && chars[i + 1] == "{") {
                i += c == "$" ? 2 : 1
                var body = ""
                while i < chars.count, chars[i] != "}" {
                    body.append(chars[i])
                    i += 1
                }
                guard i < chars.count else {
                    throw ExpressionSyntaxError(offset: start, message: "unterminated reference: missing '}'")
                }
                i += 1
                let parts = body.trimmingCharactersInSet().split(
                    separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                let id = parts.first.map(String.init) ?? ""
                let valid = !id.isEmpty && id.first.map(isIdentifierStart) == true && id.allSatisfy(isIdentifierPart)
                let part = parts.count > 1 ? String(parts[1]) : nil
                guard valid, part.map({ !$0.isEmpty && $0.allSatisfy { isIdentifierPart($0) || $0 == "." } }) ?? true
                else {
                    throw ExpressionSyntaxError(offset: start, message: "invalid reference '{\(body)}'")
                }
                result.append(Located(token: .reference(Reference(id: id, part: part)), range: start..<i))
            } else if c.isNumber || (c == "." && i + 1 < chars.count && chars[i + 1].isNumber) {
                var literal = ""
                while i < chars.count, chars[i].isNumber || chars[i] == "." {
                    literal.append(chars[i])
                    i += 1
                }
                guard chars[start].isASCII, let value = Double(literal) else {
                    throw ExpressionSyntaxError(offset: start, message: "invalid number '\(literal)'")
                }
                result.append(Located(token: .number(value), range: start..<i))
            } else if c == "'" || c == "\"" {
                i += 1
                var literal = ""
                var closed = false
                while i < chars.count {
                    if chars[i] == "\\", i + 1 < chars.count {
                        literal.append(chars[i + 1])
                        i += 2
                    } else if chars[i] == c {
                        closed = true
                        i += 1
                        break
                    } else {
                        literal.append(chars[i])
                        i += 1
                    }
                }
                guard closed else { throw ExpressionSyntaxError(offset: start, message: "unterminated string") }
                result.append(Located(token: .string(literal), range: start..<i))
            } else if isIdentifierStart(c) {
                var name = ""
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
                    name.append(chars[i])
                    i += 1
                }
                result.append(Located(token: .identifier(name), range: start..<i))
            } else {
                let two = i + 1 < chars.count ? String([c, chars[i + 1]]) : ""
                if ["<=", ">=", "!=", "==", "<>", "&&", "||"].contains(two) {
                    i += 2
                    let symbol = two == "==" ? "=" : two == "<>" ? "!=" : two == "&&" ? "and" : two == "||" ? "or" : two
                    result.append(
                        Located(token: symbol.first!.isLetter ? .identifier(symbol) : .symbol(symbol), range: start..<i)
                    )
                } else if "=<>+-*/%()[],!".contains(c) {
                    i += 1
                    result.append(Located(token: c == "!" ? .identifier("not") : .symbol(String(c)), range: start..<i))
                } else {
                    throw ExpressionSyntaxError(offset: start, message: "unexpected character '\(c)'")
                }
            }
        }
        result.append(Located(token: .end, range: chars.count..<chars.count))
        return result
    }
}

extension String {
    fileprivate func trimmingCharactersInSet() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
