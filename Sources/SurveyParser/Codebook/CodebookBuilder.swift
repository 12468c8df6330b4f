import Foundation
import SurveyModel

/// Builds a `Codebook` from a source tree and checks its semantics.
struct CodebookBuilder {
    let index: SourceIndex
    var diagnostics: [Diagnostic] = []

    mutating func build(_ root: SourceNode) -> Codebook? {
        let language = root.attribute("lang")?.value
        guard let id = root.attribute("id")?.value, !id.isEmpty else {
            error("the codebook needs an 'id'", at: root.offset)
            return nil
        }
        guard let title = text(root.children("title"), language: language) else {
            error("the codebook needs a title", at: root.offset)
            return nil
        }
        var codes: [Code] = []
        var offsets: [String: Int] = [:]
        for node in root.children("code") {
            guard let codeID = node.attribute("id")?.value, !codeID.isEmpty else {
                error("a code needs an 'id'", at: node.offset)
                continue
            }
            if offsets[codeID] != nil {
                error("duplicate code id '\(codeID)'", at: node.attribute("id")?.valueStart ?? node.offset)
                continue
            }
            offsets[codeID] = node.offset
            guard let label = text(node.children("label"), language: language) else {
                error("code '\(codeID)' needs a label", at: node.offset)
                continue
            }
            var level: LadderLevel?
            if let attribute = node.attribute("level") {
                level = LadderLevel(rawValue: attribute.value)
                if level == nil {
                    error(
                        "unknown level '\(attribute.value)' of code '\(codeID)'; use attribute, consequence or value",
                        at: attribute.valueStart)
                }
            }
            var rules: [CodingRule] = []
            for child in node.children where child.name == "keyword" || child.name == "pattern" {
                if child.text.isEmpty {
                    error("an empty \(child.name) in code '\(codeID)'", at: child.offset)
                } else if child.name == "keyword" {
                    rules.append(.keyword(child.text))
                } else if (try? NSRegularExpression(pattern: child.text)) == nil {
                    error("invalid regular expression in code '\(codeID)'", at: child.textStart)
                } else {
                    rules.append(.pattern(child.text))
                }
            }
            codes.append(
                Code(
                    id: codeID, label: label, description: text(node.children("description"), language: language),
                    parent: node.attribute("parent")?.value, level: level, rules: rules))
        }
        checkParents(codes, root: root)
        return Codebook(id: id, title: title, codes: codes, sameLevelLinks: sameLevelLinks(root))
    }

    /// The `same-level-links` attribute: a space-separated list of `consequence` and `value`.
    private mutating func sameLevelLinks(_ root: SourceNode) -> Set<LadderLevel> {
        guard let attribute = root.attribute("same-level-links") else { return [] }
        var levels: Set<LadderLevel> = []
        for word in attribute.value.split(whereSeparator: \.isWhitespace) {
            switch LadderLevel(rawValue: String(word)) {
            case .consequence?: levels.insert(.consequence)
            case .value?: levels.insert(.value)
            case .attribute?:
                error(
                    "attributes cannot link to attributes in a ladder (a new attribute starts a new ladder); "
                        + "same-level-links takes consequence and value", at: attribute.valueStart)
            case nil:
                error(
                    "unknown level '\(word)' in same-level-links; use consequence or value", at: attribute.valueStart)
            }
        }
        return levels
    }

    private mutating func checkParents(_ codes: [Code], root: SourceNode) {
        let parents = Dictionary(codes.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        let nodes = root.children("code")
        for code in codes {
            guard let parent = code.parent else { continue }
            let node = nodes.first { $0.attribute("id")?.value == code.id }
            let offset = node?.attribute("parent")?.valueStart ?? node?.offset ?? 0
            guard parents[parent] != nil else {
                error("code '\(code.id)' has an unknown parent '\(parent)'", at: offset)
                continue
            }
            var seen: Set<String> = [code.id]
            var current: String? = parent
            while let next = current {
                if seen.contains(next) {
                    error("code '\(code.id)' is its own ancestor (a cycle of parents)", at: offset)
                    break
                }
                seen.insert(next)
                current = parents[next] ?? nil
            }
        }
    }

    private func text(_ nodes: [SourceNode], language: String?) -> LocalizedText? {
        guard let main = nodes.first(where: { $0.attribute("lang") == nil || $0.attribute("lang")?.value == language })
        else {
            return nil
        }
        var translations: [String: String] = [:]
        for node in nodes {
            if let lang = node.attribute("lang")?.value, lang != language { translations[lang] = node.text }
        }
        return LocalizedText(main.text, translations: translations)
    }

    private mutating func error(_ message: String, at offset: Int) {
        diagnostics.append(Diagnostic(.error, code: "codebook", message, at: index.location(ofByte: offset)))
    }
}
