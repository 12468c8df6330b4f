import SurveyModel

extension ValidationContext {
    /// Infers the type of `node`, reporting unknown references and functions, wrong arity and type mismatches.
    /// After an error the subtree's type is `.unknown`, which is never reported again (no cascades).
    mutating func typeOf(_ node: ExpressionNode, at site: ExpressionSite) -> ExpressionType {
        let offset = node.range.lowerBound
        switch node.kind {
        case .literal(let value):
            return Self.literalType(value)
        case .reference(let reference):
            return typeOf(reference, offset: offset, at: site)
        case .list(let items):
            let types = items.map { typeOf($0, at: site) }
            return .list(types.first { $0.isKnown && $0 != .null } ?? .unknown)
        case .unary(.not, let operand):
            let type = typeOf(operand, at: site)
            expectBool(type, "'not'", operand, at: site)
            return .bool
        case .unary(.negate, let operand):
            let type = typeOf(operand, at: site)
            if type.isKnown, type != .number, type != .null {
                mismatch("'-' needs a number, but \(describe(operand)) is \(type.description)", operand, at: site)
            }
            return .number
        case .binary(let op, let lhs, let rhs):
            return binaryType(op, lhs, rhs, at: site)
        case .membership(let value, let list, _):
            let type = typeOf(value, at: site)
            for element in list {
                let elementType = typeOf(element, at: site)
                checkComparable(type, value, elementType, element, at: site)
            }
            if case .bool = type { mismatch("'in' needs a value or a list, not true/false", value, at: site) }
            return .bool
        case .call(let name, let arguments):
            return callType(name, arguments, node: node, at: site)
        }
    }

    static func literalType(_ value: Value) -> ExpressionType {
        switch value {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .text
        case .list(let values): .list(values.first.map(literalType) ?? .unknown)
        }
    }

    /// A short description of a node for messages: the reference, or the literal as written.
    func describe(_ node: ExpressionNode) -> String {
        if case .literal(.string(let text)) = node.kind { return "'\(text)'" }
        return node.description
    }

    mutating func mismatch(_ message: String, _ node: ExpressionNode, at site: ExpressionSite) {
        error("type mismatch: \(message)", code: "type-mismatch", at: site.path, offset: node.range.lowerBound)
    }

    private mutating func expectBool(_ type: ExpressionType, _ op: String, _ node: ExpressionNode,
        at site: ExpressionSite)
    {
        if type.isKnown, type != .bool, type != .null {
            mismatch("\(op) needs true/false, but \(describe(node)) is \(type.description)", node, at: site)
        }
    }

    private mutating func binaryType(_ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode,
        at site: ExpressionSite) -> ExpressionType
    {
        let left = typeOf(lhs, at: site)
        let right = typeOf(rhs, at: site)
        switch op {
        case .and, .or:
            expectBool(left, "'\(op.rawValue)'", lhs, at: site)
            expectBool(right, "'\(op.rawValue)'", rhs, at: site)
            return .bool
        case .equal, .notEqual:
            if left == .null || right == .null {
                warning("comparing with null is always false; use empty(...) or notempty(...)",
                    code: "null-comparison", at: site.path, offset: lhs.range.lowerBound)
                return .bool
            }
            checkComparable(left, lhs, right, rhs, at: site)
            return .bool
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            for (type, node) in [(left, lhs), (right, rhs)] {
                switch type {
                case .code(_, let owner), .codes(_, let owner):
                    mismatch("choice codes of \(owner) have no order; compare with = or use in [...]", node, at: site)
                    return .bool
                case .bool, .list:
                    mismatch("'\(op.rawValue)' needs numbers or text, but \(describe(node)) is \(type.description)",
                        node, at: site)
                    return .bool
                default: break
                }
            }
            if left.isKnown, right.isKnown, left != .null, right != .null, (left == .number) != (right == .number) {
                mismatch("cannot compare \(describe(lhs)) (\(left.description)) with \(describe(rhs)) "
                    + "(\(right.description))", rhs, at: site)
            }
            return .bool
        case .add, .subtract, .multiply, .divide, .remainder:
            if op == .add, left.isTextual, right.isTextual { return .text }
            for (type, node) in [(left, lhs), (right, rhs)] where type.isKnown && type != .number && type != .null {
                mismatch("'\(op.rawValue)' needs numbers, but \(describe(node)) is \(type.description)", node, at: site)
                return .unknown
            }
            return .number
        }
    }

    /// Reports when values of `left` and `right` can never be equal: different types, or a literal code that
    /// the question does not have.
    mutating func checkComparable(_ left: ExpressionType, _ lhs: ExpressionNode, _ right: ExpressionType,
        _ rhs: ExpressionNode, at site: ExpressionSite)
    {
        guard left.isKnown, right.isKnown, left != .null, right != .null else { return }
        switch (left, right) {
        case (.code(let codes, let owner), _), (.codes(let codes, let owner), _):
            checkCode(codes, owner: owner, against: right, rhs, at: site)
        case (_, .code(let codes, let owner)), (_, .codes(let codes, let owner)):
            checkCode(codes, owner: owner, against: left, lhs, at: site)
        case (.number, .number), (.text, .text), (.bool, .bool), (.list, .list): break
        case (.list(let element), _) where element == right || !element.isKnown: break
        default:
            mismatch("cannot compare \(describe(lhs)) (\(left.description)) with \(describe(rhs)) "
                + "(\(right.description))", rhs, at: site)
        }
    }

    private mutating func checkCode(_ codes: Set<String>, owner: String, against type: ExpressionType,
        _ node: ExpressionNode, at site: ExpressionSite)
    {
        switch (type, node.kind) {
        case (.text, .literal(.string(let code))):
            if !codes.contains(code) {
                let known = codes.sorted().prefix(8).map { "'\($0)'" }.joined(separator: ", ")
                error("\(owner) has no option with code '\(code)' (its codes: \(known)\(codes.count > 8 ? ", …" : ""))",
                    code: "unknown-code", at: site.path, offset: node.range.lowerBound)
            }
        case (.list, .list(let elements)):
            for element in elements {
                checkCode(codes, owner: owner, against: Self.literalTypeOf(element), element, at: site)
            }
        case (.text, _), (.code, _), (.codes, _), (.unknown, _): break
        case (.number, .literal(.number(let number))):
            let text = Value.format(number)
            let hint = codes.contains(text) ? "; write '\(text)' (codes are text)" : ""
            mismatch("\(owner) is \(owner.contains(".") ? "a code" : "a choice code") (text), but \(text) is a number"
                + hint, node, at: site)
        default:
            mismatch("cannot compare \(owner) (choice codes) with \(describe(node)) (\(type.description))", node, at: site)
        }
    }

    private static func literalTypeOf(_ node: ExpressionNode) -> ExpressionType {
        if case .literal(let value) = node.kind { return literalType(value) }
        return .unknown
    }
}
