import SurveyModel

/// Turns a JSON codebook into the same `SourceNode` tree as the XML reader, reporting unknown keys and wrong
/// value types with their positions.
struct CodebookJSONConverter {
    let index: SourceIndex
    var diagnostics: [Diagnostic] = []

    mutating func convert(_ value: JSONValue) -> SourceNode? {
        guard case .object(let members) = value.kind else {
            error("a codebook must be a JSON object, not \(value.typeName)", at: value.start)
            return nil
        }
        var root = SourceNode(name: "codebook", offset: value.start)
        let language = members.first { $0.key == "lang" }.flatMap { member -> String? in
            if case .string(let text) = member.value.kind { return text }
            return nil
        }
        for member in members {
            switch member.key {
            case "$schema": continue
            case "id", "lang": scalar(member, into: &root)
            case "title": localized(member, name: "title", language: language, into: &root)
            case "sameLevelLinks": sameLevelLinks(member, into: &root)
            case "codes":
                guard case .array(let items) = member.value.kind else {
                    error("'codes' must be an array, not \(member.value.typeName)", at: member.value.start)
                    continue
                }
                for item in items { if let code = code(item, language: language) { root.children.append(code) } }
            default: error("unknown key '\(member.key)' in a codebook", at: member.keyOffset)
            }
        }
        return root
    }

    private mutating func code(_ value: JSONValue, language: String?) -> SourceNode? {
        guard case .object(let members) = value.kind else {
            error("a code must be a JSON object, not \(value.typeName)", at: value.start)
            return nil
        }
        var node = SourceNode(name: "code", offset: value.start)
        for member in members {
            switch member.key {
            case "id", "parent", "level": scalar(member, into: &node)
            case "label", "description": localized(member, name: member.key, language: language, into: &node)
            case "keywords", "patterns":
                guard case .array(let items) = member.value.kind else {
                    error(
                        "'\(member.key)' must be an array of strings, not \(member.value.typeName)",
                        at: member.value.start)
                    continue
                }
                for item in items {
                    guard case .string(let text) = item.kind else {
                        error("'\(member.key)' must contain strings, not \(item.typeName)", at: item.start)
                        continue
                    }
                    var child = SourceNode(name: String(member.key.dropLast()), offset: item.start)
                    child.text = text
                    child.textStart = item.start + 1
                    child.textEnd = item.end - 1
                    node.children.append(child)
                }
            default: error("unknown key '\(member.key)' in a code", at: member.keyOffset)
            }
        }
        return node
    }

    /// `"sameLevelLinks": ["consequence", "value"]` becomes the XML attribute `same-level-links`.
    private mutating func sameLevelLinks(_ member: JSONMember, into node: inout SourceNode) {
        guard case .array(let items) = member.value.kind else {
            error("'sameLevelLinks' must be an array of strings, not \(member.value.typeName)", at: member.value.start)
            return
        }
        var words: [String] = []
        for item in items {
            guard case .string(let text) = item.kind else {
                error("'sameLevelLinks' must contain strings, not \(item.typeName)", at: item.start)
                continue
            }
            words.append(text)
        }
        node.attributes.append(
            SourceAttribute(
                name: "same-level-links", value: words.joined(separator: " "), nameOffset: member.keyOffset,
                valueStart: member.value.start, valueEnd: member.value.end))
    }

    private mutating func scalar(_ member: JSONMember, into node: inout SourceNode) {
        guard case .string(let text) = member.value.kind else {
            if case .null = member.value.kind { return }
            error("'\(member.key)' must be a string, not \(member.value.typeName)", at: member.value.start)
            return
        }
        node.attributes.append(
            SourceAttribute(
                name: member.key, value: text, nameOffset: member.keyOffset, valueStart: member.value.start + 1,
                valueEnd: member.value.end - 1))
    }

    private mutating func localized(_ member: JSONMember, name: String, language: String?, into node: inout SourceNode)
    {
        switch member.value.kind {
        case .string(let text):
            var child = SourceNode(name: name, offset: member.value.start)
            child.text = text
            child.textStart = member.value.start + 1
            child.textEnd = member.value.end - 1
            node.children.append(child)
        case .object(let translations):
            for translation in translations {
                guard case .string(let text) = translation.value.kind else {
                    error("a translation of '\(member.key)' must be a string", at: translation.value.start)
                    continue
                }
                var child = SourceNode(name: name, offset: translation.keyOffset)
                if translation.key != language {
                    child.attributes.append(
                        SourceAttribute(
                            name: "lang", value: translation.key, nameOffset: translation.keyOffset,
                            valueStart: translation.keyOffset + 1,
                            valueEnd: translation.keyOffset + 1 + translation.key.utf8.count))
                }
                child.text = text
                child.textStart = translation.value.start + 1
                child.textEnd = translation.value.end - 1
                node.children.append(child)
            }
        default:
            error(
                "'\(member.key)' must be a string or an object of translations, not \(member.value.typeName)",
                at: member.value.start)
        }
    }

    private mutating func error(_ message: String, at offset: Int) {
        diagnostics.append(Diagnostic(.error, code: "codebook-json", message, at: index.location(ofByte: offset)))
    }
}
