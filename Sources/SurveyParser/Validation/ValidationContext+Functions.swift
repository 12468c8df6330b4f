import SurveyModel

extension ValidationContext {
    /// The result type of a function call, reporting unknown functions, wrong arity and argument types.
    mutating func callType(_ name: String, _ arguments: [ExpressionNode], node: ExpressionNode,
        at site: ExpressionSite) -> ExpressionType
    {
        let types = arguments.map { typeOf($0, at: site) }
        guard let function = ExpressionFunction(rawValue: name) else {
            let hint = Suggestion.closest(to: name, in: ExpressionFunction.allCases.map(\.rawValue))
                .map { " (did you mean \($0)()?)" } ?? ""
            error("unknown function '\(name)'\(hint)", code: "unknown-function", at: site.path,
                offset: node.range.lowerBound)
            return .unknown
        }
        let arity = function.arity
        guard arity.contains(arguments.count) else {
            let expected =
                arity.lowerBound == arity.upperBound
                ? "\(arity.lowerBound) argument\(arity.lowerBound == 1 ? "" : "s")"
                : arity.upperBound > 10 ? "at least \(arity.lowerBound) argument\(arity.lowerBound == 1 ? "" : "s")"
                : "\(arity.lowerBound) to \(arity.upperBound) arguments"
            error("\(name)() takes \(expected), but \(arguments.count) \(arguments.count == 1 ? "is" : "are") given",
                code: "wrong-arity", at: site.path, offset: node.range.lowerBound)
            return .unknown
        }
        func numeric(_ index: Int) {
            let type = types[index]
            switch type {
            case .number, .null, .unknown, .list(.number), .list(.unknown): break
            default:
                mismatch("\(name)() needs numbers, but \(describe(arguments[index])) is \(type.description)",
                    arguments[index], at: site)
            }
        }
        switch function {
        case .count:
            return .number
        case .sum, .min, .max:
            for index in types.indices { numeric(index) }
            return .number
        case .abs:
            numeric(0)
            return .number
        case .round:
            for index in types.indices { numeric(index) }
            return .number
        case .empty, .notempty:
            return .bool
        case .contains:
            switch types[0] {
            case .codes(let codes, let owner):
                checkComparable(.code(codes, owner: owner), arguments[0], types[1], arguments[1], at: site)
            case .text, .code, .list, .unknown, .null: break
            default:
                mismatch("contains() needs a list or text first, but \(describe(arguments[0])) is "
                    + types[0].description, arguments[0], at: site)
            }
            return .bool
        case .iif:
            if types[0].isKnown, types[0] != .bool, types[0] != .null {
                mismatch("iif() needs a condition first, but \(describe(arguments[0])) is \(types[0].description)",
                    arguments[0], at: site)
            }
            return merge(types[1], types[2], arguments[2], at: site)
        case .coalesce:
            var result = types[0]
            for index in types.indices.dropFirst() { result = merge(result, types[index], arguments[index], at: site) }
            return result
        }
    }

    /// The common type of two alternatives (iif branches, coalesce arguments); reports incompatible ones.
    private mutating func merge(_ a: ExpressionType, _ b: ExpressionType, _ node: ExpressionNode,
        at site: ExpressionSite) -> ExpressionType
    {
        if !a.isKnown || a == .null { return b }
        if !b.isKnown || b == .null { return a }
        if a == b { return a }
        if a.isTextual, b.isTextual { return .text }
        mismatch("alternatives have different types: \(a.description) and \(b.description)", node, at: site)
        return .unknown
    }
}
