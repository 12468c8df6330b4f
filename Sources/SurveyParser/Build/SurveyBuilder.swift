import SurveyModel

/// Builds a `Survey` from a `SourceNode` tree (read from XML or JSON), recording a `SourceMap` and reporting
/// structural problems: missing or malformed values, unknown keywords, children that do not apply to a
/// question type, expression syntax errors, a bad semantic version. It goes on after a problem so that one run
/// reports them all; `build` returns nil when any error was found.
///
/// Reference, type and ordering rules are checked afterwards by `SurveyValidator` on the built model.
struct SurveyBuilder {
    let index: SourceIndex
    private(set) var diagnostics: [Diagnostic] = []
    var sourceMap: SourceMap
    /// The survey's default language (from `lang`, default `en`).
    var defaultLanguage = "en"

    init(index: SourceIndex, escaping: ValueEscaping) {
        self.index = index
        self.sourceMap = SourceMap(index: index, escaping: escaping)
    }

    // MARK: - Diagnostics and positions

    mutating func error(_ message: String, code: String, at offset: Int) {
        diagnostics.append(Diagnostic(.error, code: code, message, at: index.location(ofByte: offset)))
    }

    mutating func warning(_ message: String, code: String, at offset: Int) {
        diagnostics.append(Diagnostic(.warning, code: code, message, at: index.location(ofByte: offset)))
    }

    /// Records an identified element (the survey, weighting, a margin) in the source map.
    mutating func record(_ path: String, _ node: SourceNode) {
        _ = sourceMap.recordElement(path, node)
    }

    /// Reads the identifying attribute `name` (default `id`) of an element, reporting it when missing, and
    /// records the element at `kind:ID` (or `kind:ID#N` for a duplicate). Returns the id and the path used.
    mutating func identify(
        _ node: SourceNode, as kind: String, attribute name: String = "id"
    )
        -> (id: String, path: String)?
    {
        guard let attribute = node.attribute(name) else {
            error("missing '\(name)' on \(node.name)", code: "missing-value", at: node.offset)
            return nil
        }
        let path = sourceMap.recordElement(kind + ":" + attribute.value, node)
        return (attribute.value, path)
    }

    // MARK: - Attribute values

    /// The value of attribute `name`; reports a missing required value at the node. (`path` names the element in
    /// the source map; positions inside it are resolved when a diagnostic needs them.)
    mutating func string(_ node: SourceNode, _ name: String, path: String, required: Bool = false) -> String? {
        guard let attribute = node.attribute(name) else {
            if required { error("missing '\(name)' on \(node.name)", code: "missing-value", at: node.offset) }
            return nil
        }
        return attribute.value
    }

    /// A boolean attribute (`true`, `false`, `1`, `0`), or `defaultValue` when absent or malformed.
    mutating func bool(_ node: SourceNode, _ name: String, path: String, default defaultValue: Bool) -> Bool {
        guard let attribute = node.attribute(name) else { return defaultValue }
        switch attribute.value {
        case "true", "1": return true
        case "false", "0": return false
        default:
            error("'\(name)' must be true or false", code: "bad-value", at: attribute.valueStart)
            return defaultValue
        }
    }

    /// A whole-number attribute; nil when absent, reported when malformed.
    mutating func int(_ node: SourceNode, _ name: String, path: String, required: Bool = false) -> Int? {
        guard let text = string(node, name, path: path, required: required) else { return nil }
        guard let value = Int(text.trimmingXMLSpace()) else {
            error("'\(name)' must be a whole number", code: "bad-value", at: node.attribute(name)!.valueStart)
            return nil
        }
        return value
    }

    /// A decimal-number attribute; nil when absent, reported when malformed.
    mutating func double(_ node: SourceNode, _ name: String, path: String, required: Bool = false) -> Double? {
        guard let text = string(node, name, path: path, required: required) else { return nil }
        guard let value = Double(text.trimmingXMLSpace()), value.isFinite else {
            error("'\(name)' must be a number", code: "bad-value", at: node.attribute(name)!.valueStart)
            return nil
        }
        return value
    }

    /// A keyword attribute; reports values outside `T.allCases` and lists the allowed ones.
    mutating func keyword<T: RawRepresentable & CaseIterable>(
        _ node: SourceNode, _ name: String, path: String, default defaultValue: T
    ) -> T where T.RawValue == String {
        guard let text = string(node, name, path: path) else { return defaultValue }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        error(
            "'\(text)' is not a valid \(name); use one of \(allowed)", code: "bad-value",
            at: node.attribute(name)!.valueStart)
        return defaultValue
    }

    /// Parses the expression in attribute `name`; syntax errors point into the expression.
    mutating func expression(_ node: SourceNode, _ name: String, path: String, required: Bool = false) -> Expression? {
        guard let text = string(node, name, path: path, required: required) else { return nil }
        do {
            return try ExpressionParser.parse(text)
        } catch {
            let attribute = node.attribute(name)!
            let byte = sourceMap.escaping.byteOffset(
                ofCharacter: error.offset, in: index.bytes, start: attribute.valueStart, end: attribute.valueEnd)
            diagnostics.append(
                Diagnostic(
                    .error, code: "expression-syntax", "invalid expression: \(error.message)",
                    at: index.location(ofByte: byte)))
            return nil
        }
    }

    // MARK: - Localized texts

    /// The localized text made of the `name` children of `owner` that pass `matching` (the default-language one
    /// without `lang`, translations with it) and, when `inline`, of the owner's own text (an option's label).
    /// Reports duplicates, a translation without a default-language text, and a missing text when `required`.
    /// `ownerName` is only evaluated for messages.
    mutating func localized(
        _ owner: SourceNode, child name: String, ownerName: @autoclosure () -> String, required: Bool,
        inline: Bool = false, matching: (SourceNode) -> Bool = { _ in true }
    ) -> LocalizedText? {
        var text: String? = inline && !owner.text.isEmpty ? owner.text : nil
        var translations: [String: String] = [:]
        var firstTranslation: SourceNode?
        for node in owner.children where node.name == name && matching(node) {
            let lang = node.attribute("lang")?.value
            if lang == nil || lang == defaultLanguage {
                guard text == nil else {
                    error(
                        "\(ownerName()) has more than one \(name) in the default language", code: "duplicate-text",
                        at: node.offset)
                    continue
                }
                text = node.text
            } else if let lang {
                guard translations[lang] == nil else {
                    error(
                        "\(ownerName()) has more than one \(name) in '\(lang)'", code: "duplicate-text", at: node.offset
                    )
                    continue
                }
                translations[lang] = node.text
                if firstTranslation == nil { firstTranslation = node }
            }
        }
        guard let text else {
            if let first = firstTranslation {
                error(
                    "\(ownerName()) has a \(name) translation but no \(name) in the default language "
                        + "'\(defaultLanguage)'", code: "missing-text", at: first.offset)
            } else if required {
                error("missing \(name) for \(ownerName())", code: "missing-text", at: owner.offset)
            }
            return nil
        }
        return LocalizedText(text, translations: translations)
    }
}
