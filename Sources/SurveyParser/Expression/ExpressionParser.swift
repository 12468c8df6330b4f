public import SurveyModel

/// Parses the voc expression language into a typed tree.
///
/// Grammar (loosest first): `or`, `and`, `not`, comparisons (`= != < <= > >=`, `in [...]`, `not in [...]`),
/// `+ -`, `* / %`, unary `-`, then primaries: numbers, `'strings'` (or `"strings"`), `true`, `false`, `null`,
/// references `{id}` / `{id.part}` (also `${id}`), function calls `name(args)`, lists `[a, b]` and parentheses.
/// `==`, `<>`, `&&`, `||` and `!` are accepted as aliases of `=`, `!=`, `and`, `or` and `not`.
///
/// Syntax only: whether references exist and types agree is checked by the survey validator.
public struct ExpressionParser {
    private var tokens: [ExpressionLexer.Located]
    private var position = 0

    /// Parses `text`.
    /// - Throws: `ExpressionSyntaxError` with the character offset of the first problem.
    public static func parse(_ text: String) throws(ExpressionSyntaxError) -> Expression {
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(text))
        if case .end = parser.current.token {
            throw ExpressionSyntaxError(offset: 0, message: "empty expression")
        }
        let root = try parser.parseBinary(minPrecedence: 1)
        guard case .end = parser.current.token else {
            throw ExpressionSyntaxError(
                offset: parser.current.range.lowerBound, message: "unexpected \(parser.describe(parser.current.token))")
        }
        return Expression(root: root, source: text)
    }

    private init(tokens: [ExpressionLexer.Located]) {
        self.tokens = tokens
    }

    private var current: ExpressionLexer.Located { tokens[position] }

    private mutating func advance() -> ExpressionLexer.Located {
        defer { if position < tokens.count - 1 { position += 1 } }
        return tokens[position]
    }

    private func describe(_ token: ExpressionLexer.Token) -> String {
        switch token {
        case .end: "end of expression"
        case .number(let value): "number \(Value.format(value))"
        case .string: "string"
        case .reference(let reference): "reference \(reference)"
        case .identifier(let name): "'\(name)'"
        case .symbol(let symbol): "'\(symbol)'"
        }
    }

    private func binaryOperator(_ token: ExpressionLexer.Token) -> BinaryOperator? {
        switch token {
        case .identifier("or"): .or
        case .identifier("and"): .and
        case .symbol(let symbol): BinaryOperator(rawValue: symbol).flatMap { $0.precedence >= 3 ? $0 : nil }
        default: nil
        }
    }

    private mutating func parseBinary(minPrecedence: Int) throws(ExpressionSyntaxError) -> ExpressionNode {
        var lhs: ExpressionNode
        if minPrecedence <= 3, case .identifier("not") = current.token,
            !(position + 1 < tokens.count && tokens[position + 1].token == .identifier("in"))
        {
            let start = advance().range.lowerBound
            let operand = try parseBinary(minPrecedence: 3)
            lhs = ExpressionNode(.unary(.not, operand), range: start..<operand.range.upperBound)
        } else {
            lhs = try parseUnary()
        }
        while true {
            if minPrecedence <= 3, let membership = try parseMembership(lhs) {
                lhs = membership
                continue
            }
            guard let op = binaryOperator(current.token), op.precedence >= minPrecedence else { return lhs }
            _ = advance()
            let rhs = try parseBinary(minPrecedence: op.precedence + 1)
            if op.isComparison, let next = binaryOperator(current.token), next.isComparison {
                throw ExpressionSyntaxError(
                    offset: current.range.lowerBound, message: "comparisons cannot be chained; use 'and'")
            }
            lhs = ExpressionNode(.binary(op, lhs, rhs), range: lhs.range.lowerBound..<rhs.range.upperBound)
        }
    }

    private mutating func parseMembership(_ value: ExpressionNode) throws(ExpressionSyntaxError) -> ExpressionNode? {
        var negated = false
        if case .identifier("not") = current.token, position + 1 < tokens.count,
            tokens[position + 1].token == .identifier("in")
        {
            negated = true
            _ = advance()
        }
        guard case .identifier("in") = current.token else { return nil }
        _ = advance()
        guard case .symbol("[") = current.token else {
            throw ExpressionSyntaxError(offset: current.range.lowerBound, message: "expected '[' after 'in'")
        }
        let list = try parseList()
        guard case .list(let items) = list.kind else { return nil }
        return ExpressionNode(.membership(value, items, negated: negated), range: value.range.lowerBound..<list.range.upperBound)
    }

    private mutating func parseUnary() throws(ExpressionSyntaxError) -> ExpressionNode {
        if case .symbol("-") = current.token {
            let start = advance().range.lowerBound
            let operand = try parseUnary()
            if case .literal(.number(let value)) = operand.kind {
                return ExpressionNode(.literal(.number(-value)), range: start..<operand.range.upperBound)
            }
            return ExpressionNode(.unary(.negate, operand), range: start..<operand.range.upperBound)
        }
        return try parsePrimary()
    }

    private mutating func parseList() throws(ExpressionSyntaxError) -> ExpressionNode {
        let start = advance().range.lowerBound
        var items: [ExpressionNode] = []
        if case .symbol("]") = current.token {
            return ExpressionNode(.list([]), range: start..<advance().range.upperBound)
        }
        while true {
            items.append(try parseBinary(minPrecedence: 1))
            let token = advance()
            if token.token == .symbol("]") { return ExpressionNode(.list(items), range: start..<token.range.upperBound) }
            guard token.token == .symbol(",") else {
                throw ExpressionSyntaxError(offset: token.range.lowerBound, message: "expected ',' or ']' in list")
            }
        }
    }

    private mutating func parsePrimary() throws(ExpressionSyntaxError) -> ExpressionNode {
        let token = current
        switch token.token {
        case .number(let value):
            _ = advance()
            return ExpressionNode(.literal(.number(value)), range: token.range)
        case .string(let value):
            _ = advance()
            return ExpressionNode(.literal(.string(value)), range: token.range)
        case .reference(let reference):
            _ = advance()
            return ExpressionNode(.reference(reference), range: token.range)
        case .symbol("("):
            _ = advance()
            let inner = try parseBinary(minPrecedence: 1)
            guard case .symbol(")") = current.token else {
                throw ExpressionSyntaxError(offset: current.range.lowerBound, message: "expected ')'")
            }
            let end = advance().range.upperBound
            return ExpressionNode(inner.kind, range: token.range.lowerBound..<end)
        case .symbol("["):
            return try parseList()
        case .identifier(let name):
            _ = advance()
            switch name {
            case "true": return ExpressionNode(.literal(.bool(true)), range: token.range)
            case "false": return ExpressionNode(.literal(.bool(false)), range: token.range)
            case "null": return ExpressionNode(.literal(.null), range: token.range)
            default: break
            }
            guard case .symbol("(") = current.token else {
                throw ExpressionSyntaxError(
                    offset: token.range.lowerBound,
                    message: "unexpected name '\(name)'; write references as {\(name)} and strings as '\(name)'")
            }
            _ = advance()
            var arguments: [ExpressionNode] = []
            if case .symbol(")") = current.token {
                return ExpressionNode(.call(name, []), range: token.range.lowerBound..<advance().range.upperBound)
            }
            while true {
                arguments.append(try parseBinary(minPrecedence: 1))
                let next = advance()
                if next.token == .symbol(")") {
                    return ExpressionNode(.call(name, arguments), range: token.range.lowerBound..<next.range.upperBound)
                }
                guard next.token == .symbol(",") else {
                    throw ExpressionSyntaxError(offset: next.range.lowerBound, message: "expected ',' or ')' in call")
                }
            }
        default:
            throw ExpressionSyntaxError(offset: token.range.lowerBound, message: "unexpected \(describe(token.token))")
        }
    }
}
