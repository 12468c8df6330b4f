import SurveyModel

/// Converts a parsed JSON document into `SourceNode`s shaped like the XML syntax, following `JSONShape.all`.
///
/// Every structural problem is reported (unknown keys with a suggestion, wrong value types, duplicate keys,
/// localized texts without the default language) and conversion goes on, so one run shows them all.
struct JSONNodeConverter {
    let index: SourceIndex
    private(set) var diagnostics: [Diagnostic] = []
    private var defaultLanguage = "en"

    init(index: SourceIndex) {
        self.index = index
    }

    mutating func convertRoot(_ value: JSONValue) -> SourceNode? {
        guard case .object(let members) = value.kind else {
            error("the survey must be a JSON object, found \(value.typeName)", at: value.start)
            return nil
        }
        if let lang = members.first(where: { $0.key == "lang" }), case .string(let tag) = lang.value.kind {
            defaultLanguage = tag
        }
        return convertObject(value, element: "survey", shape: "survey")
    }

    private mutating func error(_ message: String, at offset: Int) {
        diagnostics.append(Diagnostic(.error, code: "json-schema", message, at: index.location(ofByte: offset)))
    }

    private mutating func convertObject(_ value: JSONValue, element: String, shape shapeName: String) -> SourceNode? {
        guard case .object(let members) = value.kind else {
            error("\(element) must be an object, found \(value.typeName)", at: value.start)
            return nil
        }
        let shape = JSONShape.all[shapeName]!
        var node = SourceNode(name: element, offset: value.start)
        for (position, member) in members.enumerated() {
            guard !members[..<position].contains(where: { $0.key == member.key }) else {
                error("duplicate key \"\(member.key)\" in \(element)", at: member.keyOffset)
                continue
            }
            if let scalar = shape.scalars[member.key] {
                if member.key == "$schema" { continue }
                if let attribute = convertScalar(member, scalar, in: element) { node.attributes.append(attribute) }
            } else if shape.texts.contains(member.key) {
                node.children += convertText(member, in: element)
            } else if let child = shape.children[member.key] {
                node.children += convertChild(member, child, in: element)
            } else {
                let suggestion =
                    Suggestion.closest(to: member.key, in: shape.keys).map { "; did you mean \"\($0)\"?" } ?? ""
                error("unknown key \"\(member.key)\" in \(element)\(suggestion)", at: member.keyOffset)
            }
        }
        return node
    }

    private mutating func convertScalar(
        _ member: JSONMember, _ scalar: JSONShape.Scalar, in element: String
    )
        -> SourceAttribute?
    {
        let value = member.value
        func attribute(_ text: String, quoted: Bool) -> SourceAttribute {
            SourceAttribute(
                name: member.key, value: text, nameOffset: member.keyOffset,
                valueStart: quoted ? value.start + 1 : value.start, valueEnd: quoted ? value.end - 1 : value.end)
        }
        switch (scalar, value.kind) {
        case (.string, .string(let text)), (.numberOrString, .string(let text)): return attribute(text, quoted: true)
        case (.number, .number(let text)), (.numberOrString, .number(let text)): return attribute(text, quoted: false)
        case (.integer, .number(let text)):
            guard Int(text) != nil || UInt64(text) != nil else {
                error("\"\(member.key)\" in \(element) must be a whole number, found \(text)", at: value.start)
                return nil
            }
            return attribute(text, quoted: false)
        case (.boolean, .bool(let flag)): return attribute(flag ? "true" : "false", quoted: false)
        case (.languageList, .array(let elements)):
            var tags: [String] = []
            for element in elements {
                guard case .string(let tag) = element.kind else {
                    error(
                        "\"\(member.key)\" must be an array of language tags, found \(element.typeName) in it",
                        at: element.start)
                    return nil
                }
                tags.append(tag)
            }
            return attribute(tags.joined(separator: " "), quoted: false)
        case (.codeList, .array(let elements)):
            var codes: [String] = []
            for item in elements {
                switch item.kind {
                case .string(let code), .number(let code): codes.append(code)
                default:
                    error(
                        "\"\(member.key)\" in \(element) must be an array of codes (strings or numbers), found "
                            + "\(item.typeName) in it", at: item.start)
                    return nil
                }
            }
            return attribute(codes.joined(separator: " "), quoted: false)
        default:
            let expected: String
            switch scalar {
            case .string: expected = "a string"
            case .boolean: expected = "true or false"
            case .integer: expected = "a whole number"
            case .number: expected = "a number"
            case .numberOrString: expected = "a number or a string"
            case .languageList: expected = "an array of language tags"
            case .codeList: expected = "an array of codes (strings or numbers)"
            }
            error("\"\(member.key)\" in \(element) must be \(expected), found \(value.typeName)", at: value.start)
            return nil
        }
    }

    /// A localized text: a string (default language), or an object keyed by language tag.
    private mutating func convertText(_ member: JSONMember, in element: String) -> [SourceNode] {
        convertText(member.value, name: member.key, key: member.key, in: element)
    }

    private mutating func convertText(
        _ value: JSONValue, name: String, key: String, in element: String,
        extra: [SourceAttribute] = []
    ) -> [SourceNode] {
        switch value.kind {
        case .string(let text):
            return [textNode(name, text, value, lang: nil, extra: extra)]
        case .object(let members):
            var nodes: [SourceNode] = []
            var hasDefault = false
            for member in members {
                guard case .string(let text) = member.value.kind else {
                    error(
                        "the \"\(member.key)\" text of \"\(key)\" must be a string, found \(member.value.typeName)",
                        at: member.value.start)
                    continue
                }
                if member.key == defaultLanguage { hasDefault = true }
                var node = textNode(name, text, member.value, lang: nil, extra: extra)
                node.offset = member.keyOffset
                if member.key != defaultLanguage {
                    node.attributes.append(
                        SourceAttribute(
                            name: "lang", value: member.key, nameOffset: member.keyOffset,
                            valueStart: member.keyOffset + 1, valueEnd: member.keyOffset + 1 + member.key.utf8.count))
                }
                nodes.append(node)
            }
            if !hasDefault {
                error(
                    "\"\(key)\" in \(element) has no text in the default language \"\(defaultLanguage)\"",
                    at: value.start)
            }
            return nodes
        default:
            error(
                "\"\(key)\" in \(element) must be a string or an object of translations, found \(value.typeName)",
                at: value.start)
            return []
        }
    }

    private func textNode(
        _ name: String, _ text: String, _ value: JSONValue, lang: String?, extra: [SourceAttribute]
    )
        -> SourceNode
    {
        var node = SourceNode(name: name, offset: value.start)
        node.attributes = extra
        node.text = text.trimmingXMLSpace()
        var start = value.start + 1
        while start < value.end - 1, index.bytes[start] == 0x20 { start += 1 }
        node.textStart = start
        node.textEnd = max(start, value.end - 1)
        return node
    }

    private mutating func convertChild(
        _ member: JSONMember, _ child: JSONShape.Child, in element: String
    )
        -> [SourceNode]
    {
        let value = member.value
        switch child {
        case .object(let name, let shape):
            return convertObject(value, element: name, shape: shape).map { [$0] } ?? []
        case .array(let wrapper, let elementName):
            guard let elements = array(member, in: element) else { return [] }
            let nodes = elements.compactMap { convertObject($0, element: elementName, shape: elementName) }
            guard let wrapper else { return nodes }
            var node = SourceNode(name: wrapper, offset: value.start)
            node.children = nodes
            return [node]
        case .options:
            if case .object(let members) = value.kind {
                var node = SourceNode(name: "options", offset: value.start)
                for member in members {
                    if member.key == "list", case .string = member.value.kind,
                        let attribute = convertScalar(member, .string, in: "options")
                    {
                        node.attributes.append(attribute)
                    } else if member.key == "list" {
                        error(
                            "\"list\" in options must be a string, found \(member.value.typeName)",
                            at: member.value.start)
                    } else {
                        error(
                            "unknown key \"\(member.key)\" in options; write an array of options or {\"list\": \"ID\"}",
                            at: member.keyOffset)
                    }
                }
                return [node]
            }
            guard let elements = array(member, in: element) else { return [] }
            var node = SourceNode(name: "options", offset: value.start)
            node.children = elements.compactMap { convertObject($0, element: "option", shape: "option") }
            return [node]
        case .metadata:
            guard case .object(let members) = value.kind else {
                error("\"metadata\" must be an object of strings, found \(value.typeName)", at: value.start)
                return []
            }
            var node = SourceNode(name: "metadata", offset: value.start)
            for member in members {
                guard case .string(let text) = member.value.kind else {
                    error(
                        "metadata \"\(member.key)\" must be a string, found \(member.value.typeName)",
                        at: member.value.start)
                    continue
                }
                let key = SourceAttribute(
                    name: "key", value: member.key, nameOffset: member.keyOffset, valueStart: member.keyOffset + 1,
                    valueEnd: member.keyOffset + 1 + member.key.utf8.count)
                node.children.append(textNode("entry", text, member.value, lang: nil, extra: [key]))
            }
            return [node]
        case .items:
            guard let elements = array(member, in: element) else { return [] }
            var nodes: [SourceNode] = []
            for item in elements {
                guard case .object(let members) = item.kind, members.count == 1,
                    ["what", "why", "note"].contains(members[0].key)
                else {
                    error("each item must be an object with one key, \"what\", \"why\" or \"note\"", at: item.start)
                    continue
                }
                if let node = convertObject(members[0].value, element: members[0].key, shape: members[0].key) {
                    nodes.append(node)
                }
            }
            return nodes
        case .scaleLabels:
            guard let elements = array(member, in: element) else { return [] }
            var nodes: [SourceNode] = []
            for label in elements {
                guard case .object(let members) = label.kind else {
                    error(
                        "each scale label must be an object {\"value\": N, \"label\": …}, found \(label.typeName)",
                        at: label.start)
                    continue
                }
                var value: SourceAttribute?
                var text: JSONMember?
                for member in members {
                    switch member.key {
                    case "value": value = convertScalar(member, .integer, in: "a scale label")
                    case "label": text = member
                    default: error("unknown key \"\(member.key)\" in a scale label", at: member.keyOffset)
                    }
                }
                guard let value, let text else {
                    error("a scale label needs \"value\" and \"label\"", at: label.start)
                    continue
                }
                nodes += convertText(text.value, name: "label", key: "label", in: "a scale label", extra: [value])
            }
            return nodes
        }
    }

    private mutating func array(_ member: JSONMember, in element: String) -> [JSONValue]? {
        guard case .array(let elements) = member.value.kind else {
            error(
                "\"\(member.key)\" in \(element) must be an array, found \(member.value.typeName)",
                at: member.value.start)
            return nil
        }
        return elements
    }
}
