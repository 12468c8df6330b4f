import SurveyModel

/// Writes voc expressions in the XLSForm dialect (ODK XPath with `${name}` references), keeping their meaning.
///
/// - References become `${name}` (`.` for the question a constraint is on); a multiple-choice cell `{q.a}` is
///   `if(selected(${q}, 'a'), 1, 0)`, a grid cell `{q.row}` the row's question.
/// - `contains({q}, 'a')` on a multiple choice or ranking is `selected(${q}, 'a')`, `count({q})`
///   `count-selected(${q})`, `x in [a, b]` a chain of `=` (or `selected`) joined by `or`.
/// - `empty(x)` and `notempty(x)` compare with `''`; `not` is `not(...)`, `/` `div`, `%` `mod`, `iif` `if`.
/// - voc's comparisons with an unanswered question are false, XPath's `!=` with an empty answer is true: `!=`
///   and `not in` on a question are guarded with `${q} != '' and ...`.
///
/// Everything else (a segment or respondent attribute, a multiple choice compared as a whole, a ranking's
/// positions, `null`, list values, a text with both kinds of quotes) throws `InteropUnsupported` saying what.
struct XLSFormExpressionWriter {
    var names: XLSFormNames
    /// The voc id of the question `.` stands for (in its constraint), if any.
    var current: String?

    /// `expression` in the XLSForm dialect.
    func text(_ expression: Expression) throws(InteropUnsupported) -> String {
        try write(expression.root).text
    }

    /// Written text with its binding strength (1 `or` ... 8 a primary), for parentheses.
    private struct Written {
        var text: String
        var precedence: Int
    }

    private static let primary = 8

    private func precedence(_ op: BinaryOperator) -> Int {
        switch op {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .remainder: 6
        }
    }

    private func operand(_ node: ExpressionNode, _ minimum: Int) throws(InteropUnsupported) -> String {
        let written = try write(node)
        return written.precedence < minimum ? "(\(written.text))" : written.text
    }

    private func write(_ node: ExpressionNode) throws(InteropUnsupported) -> Written {
        switch node.kind {
        case .literal(let value): return Written(text: try literal(value), precedence: Self.primary)
        case .reference(let reference): return Written(text: try value(reference), precedence: Self.primary)
        case .unary(.not, let operand):
            return Written(text: "not(\(try write(operand).text))", precedence: Self.primary)
        case .unary(.negate, let inner): return Written(text: "-" + (try operand(inner, 7)), precedence: 7)
        case .binary(let op, let lhs, let rhs): return try binary(op, lhs, rhs)
        case .membership(let value, let list, let negated): return try membership(value, list, negated: negated)
        case .call(let name, let arguments): return try call(name, arguments)
        case .list: throw InteropUnsupported("a list value")
        }
    }

    private func literal(_ value: Value) throws(InteropUnsupported) -> String {
        switch value {
        case .number(let number): return Value.format(number)
        case .bool(let flag): return flag ? "true()" : "false()"
        case .string(let text):
            if !text.contains("'") { return "'\(text)'" }
            if !text.contains("\"") { return "\"\(text)\"" }
            throw InteropUnsupported("a text with both ' and \"")
        case .null: throw InteropUnsupported("null")
        case .list: throw InteropUnsupported("a list value")
        }
    }

    /// The XLSForm value of `reference`.
    private func value(_ reference: Reference) throws(InteropUnsupported) -> String {
        if reference.part == nil, reference.id == current { return "." }
        switch names[reference.id] {
        case .value(let name)?, .choice(let name)?:
            guard let part = reference.part else { return "${\(name)}" }
            throw InteropUnsupported("the part \"\(part)\" of \"\(reference.id)\"")
        case .codes(let name, let ranking)?:
            guard let part = reference.part else {
                throw InteropUnsupported(
                    "the \(ranking ? "ranking" : "multiple choice") \"\(reference.id)\" as a value")
            }
            if ranking { throw InteropUnsupported("the rank of \"\(part)\" in \"\(reference.id)\"") }
            return "if(selected(${\(name)}, \(try literal(.string(part)))), 1, 0)"
        case .rows(let rows)?:
            guard let part = reference.part, let name = rows[part] else {
                throw InteropUnsupported("the grid \"\(reference.id)\" as a whole")
            }
            return "${\(name)}"
        case .unavailable(let reason)?: throw InteropUnsupported(reason)
        case nil: throw InteropUnsupported("the unknown variable \"\(reference.id)\"")
        }
    }

    /// The XLSForm name of a whole multiple choice or ranking `node` refers to, if it is one.
    private func codesName(_ node: ExpressionNode) -> String? {
        guard case .reference(let reference) = node.kind, reference.part == nil,
            case .codes(let name, _)? = names[reference.id]
        else { return nil }
        return name
    }

    /// Whether `node` is a question's answer that may be unanswered (not `.`, which a constraint sees answered).
    private func mayBeUnanswered(_ node: ExpressionNode) -> Bool {
        guard case .reference(let reference) = node.kind else { return false }
        return !(reference.part == nil && reference.id == current)
    }

    private func binary(
        _ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode
    ) throws(InteropUnsupported) -> Written {
        if op.isComparison, let name = codesName(lhs) ?? codesName(rhs) {
            throw InteropUnsupported("a comparison (\(op.rawValue)) of \"\(name)\", whose answer is a list of codes")
        }
        let strength = precedence(op)
        let symbol: String
        switch op {
        case .divide: symbol = "div"
        case .remainder: symbol = "mod"
        default: symbol = op.rawValue
        }
        let text = "\(try operand(lhs, strength)) \(symbol) \(try operand(rhs, strength + 1))"
        guard op == .notEqual else { return Written(text: text, precedence: strength) }
        let guards = try [lhs, rhs].filter(mayBeUnanswered).map { side throws(InteropUnsupported) in
            "\(try write(side).text) != ''"
        }
        return guards.isEmpty
            ? Written(text: text, precedence: strength)
            : Written(text: (guards + [text]).joined(separator: " and "), precedence: 2)
    }

    private func membership(
        _ value: ExpressionNode, _ list: [ExpressionNode], negated: Bool
    ) throws(InteropUnsupported) -> Written {
        guard !list.isEmpty else { throw InteropUnsupported("an empty list") }
        var tests: [String] = []
        for item in list {
            if let name = codesName(value) {
                tests.append("selected(${\(name)}, \(try operand(item, 1)))")
            } else {
                tests.append("\(try operand(value, 4)) = \(try operand(item, 4))")
            }
        }
        let any = tests.joined(separator: " or ")
        guard negated else { return Written(text: any, precedence: tests.count == 1 ? 3 : 1) }
        let refused = "not(\(any))"
        guard mayBeUnanswered(value) else { return Written(text: refused, precedence: Self.primary) }
        return Written(text: "\(try write(value).text) != '' and \(refused)", precedence: 2)
    }

    private func call(_ name: String, _ arguments: [ExpressionNode]) throws(InteropUnsupported) -> Written {
        func argument(_ index: Int) throws(InteropUnsupported) -> String { try write(arguments[index]).text }
        func function(_ text: String) -> Written { Written(text: text, precedence: Self.primary) }
        switch (name, arguments.count) {
        case ("count", 1):
            guard let list = codesName(arguments[0]) else {
                throw InteropUnsupported("count() of something other than a multiple choice or ranking")
            }
            return function("count-selected(${\(list)})")
        case ("empty", 1): return Written(text: "\(try operand(arguments[0], 4)) = ''", precedence: 3)
        case ("notempty", 1): return Written(text: "\(try operand(arguments[0], 4)) != ''", precedence: 3)
        case ("contains", 2):
            if let list = codesName(arguments[0]) { return function("selected(${\(list)}, \(try argument(1)))") }
            return function("contains(\(try argument(0)), \(try argument(1)))")
        case ("iif", 3): return function("if(\(try argument(0)), \(try argument(1)), \(try argument(2)))")
        case ("abs", 1): return function("abs(\(try argument(0)))")
        case ("round", 1): return function("round(\(try argument(0)), 0)")
        case ("round", 2): return function("round(\(try argument(0)), \(try argument(1)))")
        case ("coalesce", 1...), ("min", 1...), ("max", 1...), ("sum", 1...):
            for node in arguments where codesName(node) != nil {
                throw InteropUnsupported("\(name)() over the codes of a multiple choice")
            }
            if arguments.count == 1 { return try write(arguments[0]) }
            let texts = try arguments.indices.map { index throws(InteropUnsupported) in try argument(index) }
            switch name {
            case "sum":
                let terms = try arguments.map { node throws(InteropUnsupported) in try operand(node, 5) }
                return Written(text: terms.joined(separator: " + "), precedence: 5)
            case "coalesce":
                return function(texts.dropLast().reversed().reduce(texts.last ?? "") { "coalesce(\($1), \($0))" })
            default: return function("\(name)(\(texts.joined(separator: ", ")))")
            }
        default: throw InteropUnsupported("the function \(name)()")
        }
    }
}
