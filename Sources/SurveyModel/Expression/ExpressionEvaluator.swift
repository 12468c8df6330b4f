/// Evaluates expression trees against a lookup of variable values.
///
/// Semantics (documented for survey authors in the README):
/// - A skipped or unanswered variable is null. Arithmetic with null is null; every comparison with null is
///   false (so `{a} != 1` is false when `{a}` is skipped; write `empty({a}) or {a} != 1`).
/// - `and`, `or` and `not` treat anything but `true` as false and always return a boolean.
/// - `=` and `!=` compare like types only; a list equals another list with the same elements in any order.
/// - `x in [...]` is true when x equals an element; when x is a list (a multiple-choice answer) it is true when
///   any of its elements is in the list.
/// - Division or remainder by zero gives null.
public enum ExpressionEvaluator {
    /// Evaluates `expression`, resolving references with `lookup` (returning `.null` for unknown variables).
    public static func evaluate(_ expression: Expression, lookup: (Reference) -> Value) -> Value {
        evaluate(expression.root, lookup: lookup)
    }

    public static func evaluate(_ node: ExpressionNode, lookup: (Reference) -> Value) -> Value {
        switch node.kind {
        case .literal(let value): return value
        case .reference(let reference): return lookup(reference)
        case .list(let items): return .list(items.map { evaluate($0, lookup: lookup) })
        case .unary(.not, let operand): return .bool(!evaluate(operand, lookup: lookup).isTrue)
        case .unary(.negate, let operand):
            guard let number = evaluate(operand, lookup: lookup).number else { return .null }
            return .number(-number)
        case .binary(.and, let lhs, let rhs):
            return .bool(evaluate(lhs, lookup: lookup).isTrue && evaluate(rhs, lookup: lookup).isTrue)
        case .binary(.or, let lhs, let rhs):
            return .bool(evaluate(lhs, lookup: lookup).isTrue || evaluate(rhs, lookup: lookup).isTrue)
        case .binary(let op, let lhs, let rhs):
            return binary(op, evaluate(lhs, lookup: lookup), evaluate(rhs, lookup: lookup))
        case .membership(let value, let list, let negated):
            let needle = evaluate(value, lookup: lookup)
            if needle.isNull { return .bool(false) }
            let haystack = list.map { evaluate($0, lookup: lookup) }
            let found: Bool
            if case .list(let values) = needle {
                found = values.contains { element in haystack.contains { equal(element, $0) == true } }
            } else {
                found = haystack.contains { equal(needle, $0) == true }
            }
            return .bool(negated ? !found : found)
        case .call(let name, let arguments):
            guard let function = ExpressionFunction(rawValue: name) else { return .null }
            return call(function, arguments.map { evaluate($0, lookup: lookup) })
        }
    }

    /// Equality of like types; nil when either side is null or the types differ.
    static func equal(_ lhs: Value, _ rhs: Value) -> Bool? {
        switch (lhs, rhs) {
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case let (.list(a), .list(b)): return a.count == b.count && Set(a) == Set(b)
        default: return nil
        }
    }

    static func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) -> Value {
        if op.isComparison {
            if lhs.isNull || rhs.isNull { return .bool(false) }
            switch op {
            case .equal: return .bool(equal(lhs, rhs) ?? false)
            case .notEqual: return .bool(equal(lhs, rhs).map { !$0 } ?? false)
            default: break
            }
            let order: Bool?
            switch (lhs, rhs) {
            case let (.number(a), .number(b)): order = compare(op, a, b)
            case let (.string(a), .string(b)): order = compare(op, a, b)
            default: order = nil
            }
            return .bool(order ?? false)
        }
        if op == .add, case let (.string(a), .string(b)) = (lhs, rhs) { return .string(a + b) }
        guard let a = lhs.number, let b = rhs.number else { return .null }
        switch op {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide: return b == 0 ? .null : .number(a / b)
        case .remainder: return b == 0 ? .null : .number(a.truncatingRemainder(dividingBy: b))
        default: return .null
        }
    }

    private static func compare<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Bool? {
        switch op {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        default: nil
        }
    }

    static func call(_ function: ExpressionFunction, _ arguments: [Value]) -> Value {
        switch function {
        case .count:
            switch arguments[0] {
            case .null: return .number(0)
            case .list(let values): return .number(Double(values.filter { !$0.isNull }.count))
            default: return .number(1)
            }
        case .sum, .min, .max:
            let numbers = arguments.flatMap { value -> [Double] in
                if case .list(let values) = value { return values.compactMap(\.number) }
                return value.number.map { [$0] } ?? []
            }
            guard !numbers.isEmpty else { return .null }
            switch function {
            case .sum: return .number(numbers.reduce(0, +))
            case .min: return .number(numbers.min()!)
            default: return .number(numbers.max()!)
            }
        case .empty: return .bool(isEmpty(arguments[0]))
        case .notempty: return .bool(!isEmpty(arguments[0]))
        case .contains:
            switch (arguments[0], arguments[1]) {
            case (.list(let values), let needle): return .bool(values.contains { equal($0, needle) == true })
            case let (.string(text), .string(part)): return .bool(text.contains(part))
            default: return .bool(false)
            }
        case .iif: return arguments[0].isTrue ? arguments[1] : arguments[2]
        case .abs: return arguments[0].number.map { .number(Swift.abs($0)) } ?? .null
        case .round:
            guard let value = arguments[0].number else { return .null }
            let digits = arguments.count > 1 ? (arguments[1].number ?? 0) : 0
            var scale = 1.0
            for _ in 0..<Int(Swift.max(0, Swift.min(digits, 12))) { scale *= 10 }
            return .number((value * scale).rounded(.toNearestOrAwayFromZero) / scale)
        case .coalesce: return arguments.first { !$0.isNull } ?? .null
        }
    }

    private static func isEmpty(_ value: Value) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.isEmpty
        case .list(let values): values.isEmpty
        default: false
        }
    }
}
