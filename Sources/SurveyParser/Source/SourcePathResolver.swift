/// Finds the part of an element named by the rest of a `SourceMap` path: `/option:C[#N]`, `/check:N`,
/// `/label:V`, `/name`, `/name[lang]` steps, then an optional `@attribute`.
struct SourcePathResolver {
    let defaultLanguage: String

    /// The span of `rest` inside `node`, and whether every step was found.
    func resolve(_ rest: Substring, in node: SourceNode) -> (span: SourceMap.Span, exact: Bool) {
        var current = node
        var rest = rest
        var textSpan: SourceMap.Span?
        while let first = rest.first {
            rest = rest.dropFirst()
            let end = rest.firstIndex(where: { $0 == "/" || $0 == "@" }) ?? rest.endIndex
            let step = rest[..<end]
            rest = rest[end...]
            if first == "@" {
                guard let attribute = current.attribute(String(step)) else { return (span(of: current), false) }
                return (SourceMap.Span(start: attribute.valueStart, end: attribute.valueEnd), true)
            }
            guard let (child, text) = self.step(step, in: current) else {
                return (textSpan ?? span(of: current), false)
            }
            current = child
            textSpan = text
        }
        return (textSpan ?? span(of: current), true)
    }

    private func span(of node: SourceNode) -> SourceMap.Span {
        SourceMap.Span(start: node.offset, end: node.offset)
    }

    private func textSpan(of node: SourceNode) -> SourceMap.Span {
        node.text.isEmpty ? span(of: node) : SourceMap.Span(start: node.textStart, end: node.textEnd)
    }

    /// The child named by one step, and the text span when the step names a text.
    private func step(_ step: Substring, in node: SourceNode) -> (SourceNode, SourceMap.Span?)? {
        if let colon = step.firstIndex(of: ":") {
            let kind = step[..<colon]
            var key = step[step.index(after: colon)...]
            var occurrence = 1
            if let hash = key.lastIndex(of: "#"), let number = Int(key[key.index(after: hash)...]) {
                occurrence = number
                key = key[..<hash]
            }
            switch kind {
            case "option":
                guard let option = nthOption(code: key, occurrence, in: node) else { return nil }
                return (option, nil)
            case "check":
                let checks = node.children("check")
                guard let number = Int(key), checks.indices.contains(number) else { return nil }
                return (checks[number], nil)
            case "label":
                guard
                    let label = node.children.first(where: {
                        $0.name == "label" && $0.attribute("value")?.value == String(key) && isDefault($0)
                    })
                else { return nil }
                return (label, textSpan(of: label))
            default:
                return nil
            }
        }
        var name = step
        var lang: Substring?
        if let open = step.firstIndex(of: "["), step.last == "]" {
            name = step[..<open]
            lang = step[step.index(after: open)..<step.index(before: step.endIndex)]
        }
        if let lang {
            // A translation: `text[zh]`, or `label:V[zh]` handled as label with value and lang.
            if let colon = name.firstIndex(of: ":"), name[..<colon] == "label" {
                let value = String(name[name.index(after: colon)...])
                guard
                    let label = node.children.first(where: {
                        $0.name == "label" && $0.attribute("value")?.value == value
                            && $0.attribute("lang")?.value == String(lang)
                    })
                else { return nil }
                return (label, textSpan(of: label))
            }
            guard
                let child = node.children.first(where: {
                    $0.name == name && $0.attribute("lang")?.value == String(lang)
                })
            else { return nil }
            return (child, textSpan(of: child))
        }
        if let child = node.children.first(where: { $0.name == name && isDefault($0) }) {
            return (child, textSpan(of: child))
        }
        // An option's label written as the option's own text.
        if name == "label", !node.text.isEmpty { return (node, textSpan(of: node)) }
        return nil
    }

    private func isDefault(_ node: SourceNode) -> Bool {
        guard let lang = node.attribute("lang")?.value else { return true }
        return lang == defaultLanguage
    }

    /// The `occurrence`th option (or row, need, item, Kano feature) with `code` among the children and
    /// grandchildren of `node`, in document order.
    private func nthOption(code: Substring, _ occurrence: Int, in node: SourceNode) -> SourceNode? {
        var seen = 0
        func visit(_ parent: SourceNode, depth: Int) -> SourceNode? {
            for child in parent.children {
                if child.name == "option" || child.name == "feature", child.attribute("code")?.value == String(code) {
                    seen += 1
                    if seen == occurrence { return child }
                } else if depth < 1, let found = visit(child, depth: depth + 1) {
                    return found
                }
            }
            return nil
        }
        return visit(node, depth: 0)
    }
}
