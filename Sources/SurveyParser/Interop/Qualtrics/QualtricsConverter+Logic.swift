import SurveyModel

extension QualtricsConverter {
    /// The voc condition of a `DisplayLogic` or `BranchLogic` object, or nil with a report item saying what was
    /// `dropped`.
    ///
    /// The logic is written as an XLSForm-dialect expression over `${QID}` references and translated by the
    /// shared `InteropExpressionParser`: each numbered group (`"0"`, `"1"`, ...) of numbered conditions joined by
    /// their `Conjuction` (Qualtrics's spelling), the groups parenthesised and joined the same way. A condition
    /// is `Selected`/`NotSelected` on a choice (`q://QID1/SelectableChoice/2`) or a matrix cell
    /// (`q://QID4/SelectableAnswer/ROW/ANSWER`), a comparison (`EqualTo`, `GreaterThan`, ... with
    /// `RightOperand`) or `Empty`/`NotEmpty`, about an earlier question; anything else is not translated.
    mutating func logic(_ node: JSONPathNode, dropped: String) -> Expression? {
        let text: String
        do {
            text = try expressionText(node)
        } catch {
            report.add(node.path, "display logic", "not translated (\(error.message)); \(dropped)")
            return nil
        }
        return InteropExpressionParser.translated(
            text, dialect: .xlsForm, symbols: symbols, at: node.path, construct: "display logic \"\(text)\"",
            dropped: dropped, report: &report)
    }

    /// The numbered members of `node` in order (`"0"`, `"1"`, ...).
    private static func numbered(_ node: JSONPathNode) -> [JSONPathNode] {
        node.keys.compactMap { key in Int(key).map { ($0, key) } }.sorted { $0.0 < $1.0 }.compactMap { node[$0.1] }
    }

    /// `node` written in the XLSForm dialect.
    private func expressionText(_ node: JSONPathNode) throws(InteropUnsupported) -> String {
        var text = ""
        for group in Self.numbered(node) {
            var inner = ""
            for condition in Self.numbered(group) {
                let term = try self.condition(condition)
                inner = inner.isEmpty ? term : "\(inner) \(Self.conjunction(condition)) \(term)"
            }
            guard !inner.isEmpty else { continue }
            text = text.isEmpty ? "(\(inner))" : "\(text) \(Self.conjunction(group)) (\(inner))"
        }
        guard !text.isEmpty else { throw InteropUnsupported("logic without conditions") }
        return text
    }

    /// `and` or `or` from a `Conjuction` (`and` when absent).
    private static func conjunction(_ node: JSONPathNode) -> String {
        node["Conjuction"]?.scalar?.lowercased() == "or" ? "or" : "and"
    }

    private static let comparisons: [String: String] = [
        "EqualTo": "=", "NotEqualTo": "!=", "GreaterThan": ">", "LessThan": "<", "GreaterThanOrEqual": ">=",
        "LessThanOrEqual": "<=",
    ]

    /// One condition written in the XLSForm dialect.
    private func condition(_ node: JSONPathNode) throws(InteropUnsupported) -> String {
        let type = node["LogicType"]?.scalar ?? ""
        guard type == "Question" else { throw InteropUnsupported("a condition of type \(type)") }
        let locator = node["ChoiceLocator"]?.scalar ?? node["LeftOperand"]?.scalar ?? ""
        let parts = (locator.hasPrefix("q://") ? locator.dropFirst(4) : Substring(locator)).split(separator: "/").map(
            String.init)
        let qid = parts.first ?? ""
        let op = node["Operator"]?.scalar ?? ""
        let operand = node["RightOperand"]?.scalar ?? ""
        let literal = Double(operand) != nil ? operand : "'\(operand)'"
        switch (parts.count > 1 ? parts[1] : "", op) {
        case ("SelectableChoice", "Selected"), ("SelectableChoice", "NotSelected"):
            guard parts.count > 2 else { throw InteropUnsupported("the locator \(locator)") }
            let chosen: String
            if case .number? = symbols[qid]?.kind {
                chosen = "${\(qid)} = \(parts[2])"
            } else {
                chosen = "selected(${\(qid)}, '\(parts[2])')"
            }
            return op == "Selected" ? chosen : "not(\(chosen))"
        case ("SelectableAnswer", "Selected"), ("SelectableAnswer", "NotSelected"):
            guard parts.count > 3, let value = matrixAnswers[qid]?[parts[3]] else {
                throw InteropUnsupported("the locator \(locator)")
            }
            return "${\(qid).\(parts[2])} \(op == "Selected" ? "=" : "!=") \(value)"
        case (_, "Empty"), (_, "NotEmpty"):
            return "${\(qid)} \(op == "Empty" ? "=" : "!=") ''"
        case (_, let op) where Self.comparisons[op] != nil:
            return "${\(qid)} \(Self.comparisons[op] ?? "=") \(literal)"
        default:
            throw InteropUnsupported("the operator \(op) on \(locator)")
        }
    }
}
