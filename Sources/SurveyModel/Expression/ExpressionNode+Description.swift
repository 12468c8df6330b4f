import Foundation

extension ExpressionNode {
    /// The canonical text of the node: references as `{id}`, strings single-quoted, minimal parentheses.
    public var description: String { text(parentPrecedence: 0) }

    private func text(parentPrecedence: Int) -> String {
        switch kind {
        case .literal(let value): return ExpressionNode.literalText(value)
        case .reference(let reference): return reference.description
        case .unary(.not, let operand): return wrap("not " + operand.text(parentPrecedence: 3), 3, parentPrecedence)
        case .unary(.negate, let operand): return "-" + operand.text(parentPrecedence: 7)
        case .binary(let op, let lhs, let rhs):
            let text =
                lhs.text(parentPrecedence: op.precedence) + " \(op.rawValue) "
                + rhs.text(parentPrecedence: op.precedence + 1)
            return wrap(text, op.precedence, parentPrecedence)
        case .membership(let value, let list, let negated):
            let items = list.map { $0.text(parentPrecedence: 0) }.joined(separator: ", ")
            return wrap(
                value.text(parentPrecedence: 4) + (negated ? " not in [" : " in [") + items + "]", 3, parentPrecedence)
        case .call(let name, let arguments):
            return name + "(" + arguments.map { $0.text(parentPrecedence: 0) }.joined(separator: ", ") + ")"
        case .list(let items):
            return "[" + items.map { $0.text(parentPrecedence: 0) }.joined(separator: ", ") + "]"
        }
    }

    private func wrap(_ text: String, _ precedence: Int, _ parentPrecedence: Int) -> String {
        precedence < parentPrecedence ? "(" + text + ")" : text
    }

    static func literalText(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return Value.format(number)
        case .string(let string):
            return "'" + string.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
                + "'"
        case .list(let values): return "[" + values.map(literalText).joined(separator: ", ") + "]"
        }
    }
}
