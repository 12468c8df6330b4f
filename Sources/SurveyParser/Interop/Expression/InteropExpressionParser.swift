import SurveyModel

/// Translates a condition or constraint written in another tool's expression language into a voc `Expression`,
/// or says why it cannot be translated with the same meaning.
///
/// One grammar serves both dialects (`or`/`||`, `and`/`&&`, `not`/`!`, comparisons, `+ - * / div mod %`,
/// parentheses); the dialects differ in their functions and in SurveyJS's postfix operators (`empty`, `notempty`,
/// `contains`, `notcontains`, `anyof`, `allof`, `noneof`). Literals compared with a choice question become its
/// voc codes (`${q} = 1` → `{q} = '1'`; a value that is not one of its choices is refused), literals compared
/// with a number question become numbers, and a comparison with the empty string becomes `empty()` or
/// `notempty()`, since voc's comparisons with an unanswered question are false.
struct InteropExpressionParser {
    /// The expression languages: ODK XPath (XLSForm, XForms, and Qualtrics logic written in it), SurveyJS, and
    /// LimeSurvey's Expression Manager (its bare question codes written as `${code}` by the converter first).
    enum Dialect { case xlsForm, surveyJS, limeSurvey }

    typealias Token = InteropExpressionLexer.Token

    private let tokens: [Token]
    private var position = 0
    private let dialect: Dialect
    /// Earlier questions and computed variables by source name.
    private let symbols: [String: InteropSymbol]
    /// The same symbols by voc reference (`{id}` or `{id.part}`).
    private let symbolsByID: [String: InteropSymbol]
    /// The question `.` stands for (XLSForm constraints).
    private let current: InteropSymbol?
    /// Values of bare names (the choice's columns in an XLSForm `choice_filter`).
    private let names: [String: String]

    /// The voc expression for `text`, or the reason it cannot be translated. With a `base` path (ODK XForms,
    /// whose conditions are the XLSForm dialect with XPath paths for `${name}`), paths are references to the
    /// symbols keyed by absolute path, relative ones read from `base`.
    static func translate(
        _ text: String, dialect: Dialect, symbols: [String: InteropSymbol], current: InteropSymbol? = nil,
        names: [String: String] = [:], base: String? = nil
    ) throws(InteropUnsupported) -> Expression {
        var parser = InteropExpressionParser(
            tokens: try InteropExpressionLexer.tokens(text, base: base), dialect: dialect, symbols: symbols,
            symbolsByID: Dictionary(
                symbols.values.map { ($0.reference.description, $0) }, uniquingKeysWith: { first, _ in first }),
            current: current, names: names)
        guard !parser.tokens.isEmpty else { throw InteropUnsupported("an empty expression") }
        let root = try parser.parseOr()
        guard parser.position == parser.tokens.count else { throw InteropUnsupported("text after the expression") }
        return Expression(root: root)
    }

    private init(
        tokens: [Token], dialect: Dialect, symbols: [String: InteropSymbol], symbolsByID: [String: InteropSymbol],
        current: InteropSymbol?, names: [String: String]
    ) {
        self.tokens = tokens
        self.dialect = dialect
        self.symbols = symbols
        self.symbolsByID = symbolsByID
        self.current = current
        self.names = names
    }

    private var next: Token? { position < tokens.count ? tokens[position] : nil }

    private mutating func take(_ token: Token) -> Bool {
        guard next == token else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ symbol: String) throws(InteropUnsupported) {
        guard take(.symbol(symbol)) else { throw InteropUnsupported("a missing \"\(symbol)\"") }
    }

    private mutating func parseOr() throws(InteropUnsupported) -> ExpressionNode {
        var node = try parseAnd()
        while take(.name("or")) || take(.symbol("||")) { node = ExpressionNode(.binary(.or, node, try parseAnd())) }
        return node
    }

    private mutating func parseAnd() throws(InteropUnsupported) -> ExpressionNode {
        var node = try parseNot()
        while take(.name("and")) || take(.symbol("&&")) { node = ExpressionNode(.binary(.and, node, try parseNot())) }
        return node
    }

    private mutating func parseNot() throws(InteropUnsupported) -> ExpressionNode {
        if take(.name("not")) || take(.symbol("!")) { return ExpressionNode(.unary(.not, try parseNot())) }
        return try parseComparison()
    }

    private static let comparisons: [String: BinaryOperator] = [
        "=": .equal, "==": .equal, "!=": .notEqual, "<>": .notEqual, "<": .less, "<=": .lessOrEqual,
        "=<": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual, "=>": .greaterOrEqual,
    ]

    private mutating func parseComparison() throws(InteropUnsupported) -> ExpressionNode {
        let lhs = try parseAdditive()
        if case .symbol(let symbol)? = next, let op = Self.comparisons[symbol] {
            position += 1
            return try compare(op, lhs, try parseAdditive())
        }
        guard dialect == .surveyJS, case .name(let word)? = next else { return lhs }
        switch word.lowercased() {
        case "empty", "notempty":
            position += 1
            return ExpressionNode(.call(word.lowercased(), [lhs]))
        case "contains", "notcontains":
            position += 1
            let found = try contains(lhs, try parseAdditive())
            return word.lowercased() == "contains" ? found : ExpressionNode(.unary(.not, found))
        case "anyof", "noneof":
            position += 1
            let items = try parseAdditive()
            guard case .list(let values) = items.kind else { throw InteropUnsupported("\(word) without a list") }
            let coerced = try values.map { value throws(InteropUnsupported) in try coerce(value, against: lhs) }
            return ExpressionNode(.membership(lhs, coerced, negated: word.lowercased() == "noneof"))
        case "allof":
            position += 1
            let items = try parseAdditive()
            guard case .list(let values) = items.kind, let first = values.first else {
                throw InteropUnsupported("allof without a list")
            }
            var node = try contains(lhs, first)
            for value in values.dropFirst() { node = ExpressionNode(.binary(.and, node, try contains(lhs, value))) }
            return node
        default: return lhs
        }
    }

    private mutating func parseAdditive() throws(InteropUnsupported) -> ExpressionNode {
        var node = try parseMultiplicative()
        while true {
            if take(.symbol("+")) {
                node = ExpressionNode(.binary(.add, node, try parseMultiplicative()))
            } else if take(.symbol("-")) {
                node = ExpressionNode(.binary(.subtract, node, try parseMultiplicative()))
            } else {
                return node
            }
        }
    }

    private mutating func parseMultiplicative() throws(InteropUnsupported) -> ExpressionNode {
        var node = try parseUnary()
        while true {
            let op: BinaryOperator
            if take(.symbol("*")) {
                op = .multiply
            } else if take(.symbol("/")) || (dialect == .xlsForm && take(.name("div"))) {
                op = .divide
            } else if take(.symbol("%")) || (dialect == .xlsForm && take(.name("mod"))) {
                op = .remainder
            } else {
                return node
            }
            node = ExpressionNode(.binary(op, node, try parseUnary()))
        }
    }

    private mutating func parseUnary() throws(InteropUnsupported) -> ExpressionNode {
        if take(.symbol("-")) { return ExpressionNode(.unary(.negate, try parseUnary())) }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(InteropUnsupported) -> ExpressionNode {
        guard let token = next else { throw InteropUnsupported("an incomplete expression") }
        position += 1
        switch token {
        case .number(let number): return ExpressionNode(.literal(.number(number)))
        case .string(let text): return ExpressionNode(.literal(.string(text)))
        case .reference(let name):
            guard let symbol = symbols[name] else {
                throw InteropUnsupported("a reference to \"\(name)\", which is not an earlier question")
            }
            return ExpressionNode(.reference(symbol.reference))
        case .symbol("."):
            guard let current else { throw InteropUnsupported("\".\" outside a constraint") }
            return ExpressionNode(.reference(current.reference))
        case .symbol("("):
            let inner = try parseOr()
            try expect(")")
            return inner
        case .symbol("["):
            return ExpressionNode(.list(try arguments(closing: "]")))
        case .name(let name):
            if take(.symbol("(")) { return try call(name, try arguments(closing: ")")) }
            if dialect == .surveyJS, name == "true" || name == "false" {
                return ExpressionNode(.literal(.bool(name == "true")))
            }
            if let value = names[name] { return ExpressionNode(.literal(.string(value))) }
            throw InteropUnsupported("the name \"\(name)\"")
        default: throw InteropUnsupported("an unexpected token")
        }
    }

    private mutating func arguments(closing: String) throws(InteropUnsupported) -> [ExpressionNode] {
        var arguments: [ExpressionNode] = []
        if take(.symbol(closing)) { return arguments }
        repeat { arguments.append(try parseOr()) } while take(.symbol(","))
        try expect(closing)
        return arguments
    }

    /// A function of the dialect as a voc expression.
    private func call(_ name: String, _ arguments: [ExpressionNode]) throws(InteropUnsupported) -> ExpressionNode {
        switch (dialect, name, arguments.count) {
        case (.xlsForm, "selected", 2), (.limeSurvey, "selected", 2): return try contains(arguments[0], arguments[1])
        case (.limeSurvey, "is_empty", 1): return ExpressionNode(.call("empty", arguments))
        case (.xlsForm, "count-selected", 1): return ExpressionNode(.call("count", arguments))
        case (.xlsForm, "true", 0), (.xlsForm, "false", 0): return ExpressionNode(.literal(.bool(name == "true")))
        case (.xlsForm, "if", 3), (.surveyJS, "iif", 3), (.limeSurvey, "if", 3):
            return ExpressionNode(.call("iif", arguments))
        case (.xlsForm, "coalesce", 2), (.xlsForm, "round", 1...2), (.xlsForm, "abs", 1):
            return ExpressionNode(.call(name, arguments))
        default: throw InteropUnsupported("the function \(name)()")
        }
    }

    /// `value` is among the answers of `list`: `contains()` for a multiple choice, `=` for a single choice.
    private func contains(_ list: ExpressionNode, _ value: ExpressionNode) throws(InteropUnsupported) -> ExpressionNode
    {
        let code = try coerce(value, against: list)
        if let symbol = symbol(of: list), case .choice = symbol.kind {
            return ExpressionNode(.binary(.equal, list, code))
        }
        return ExpressionNode(.call("contains", [list, code]))
    }

    /// A comparison, with literals turned into what the question compared with them holds.
    private func compare(
        _ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode
    ) throws(InteropUnsupported) -> ExpressionNode {
        if op == .equal || op == .notEqual {
            for (side, other) in [(lhs, rhs), (rhs, lhs)] where other.kind == .literal(.string("")) {
                return ExpressionNode(.call(op == .equal ? "empty" : "notempty", [side]))
            }
        }
        for side in [lhs, rhs] {
            guard let symbol = symbol(of: side) else { continue }
            switch symbol.kind {
            case .choices:
                throw InteropUnsupported("a comparison of the multiple choice \"\(symbol.id)\" with \(op.rawValue)")
            case .choice where !(op == .equal || op == .notEqual):
                throw InteropUnsupported("an order comparison (\(op.rawValue)) of the choice codes of \"\(symbol.id)\"")
            default: break
            }
        }
        return ExpressionNode(.binary(op, try coerce(lhs, against: rhs), try coerce(rhs, against: lhs)))
    }

    /// The symbol `node` refers to, when it is a plain reference.
    private func symbol(of node: ExpressionNode) -> InteropSymbol? {
        guard case .reference(let reference) = node.kind else { return nil }
        return symbolsByID[reference.description]
    }

    /// `node` as the value `other` holds: a code of its choices, or a number; other nodes unchanged.
    private func coerce(
        _ node: ExpressionNode, against other: ExpressionNode
    ) throws(InteropUnsupported) -> ExpressionNode {
        guard case .literal(let value) = node.kind, let symbol = symbol(of: other) else { return node }
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = Value.format(number)
        case .bool(let flag): text = flag ? "true" : "false"
        default: return node
        }
        switch symbol.kind {
        case .choice(let codes), .choices(let codes):
            guard let code = codes[text] else {
                throw InteropUnsupported("\"\(text)\", which is not a choice of \"\(symbol.id)\"")
            }
            return ExpressionNode(.literal(.string(code)))
        case .number:
            if case .string = value, let number = Double(text) { return ExpressionNode(.literal(.number(number))) }
            return node
        case .other: return node
        }
    }
}
