import Foundation
import SurveyModel

/// The `h:head` of an ODK XForms form: the primary instance, the binds by node path, the secondary instances
/// (choice lists of itemsets) and the `itext` translations, read from the XML tree.
///
/// Languages: the translation marked `default="true()"` (else the first) is the default language; names such
/// as `English (en)` become tags as in XLSForm (`XLSFormLanguages.tag`), and the pseudo-language `default`
/// pyxform writes for bare labels is English.
struct XFormsModel {
    let file: String
    /// `h:html`.
    let root: XMLTreeNode
    /// The root element of the primary instance (`<data id="form_id" version="...">`).
    let data: XMLTreeNode
    /// The binds by absolute `nodeset`, and their paths in file order.
    let binds: [String: XMLTreeNode]
    let bindOrder: [String]
    /// The root elements of the secondary instances by `id`.
    let instances: [String: XMLTreeNode]
    /// Source language names in file order, the default first; their tags.
    let languageNames: [String]
    let tags: [String: String]
    /// itext texts by id, then by source language name.
    let texts: [String: [String: String]]
    /// itext ids whose only values are media (`form="image"`, `audio`, `video`), for the report.
    let mediaOnly: Set<String>

    /// Reads the model of `root`; a form without `h:head`, `model` or a primary instance is an error.
    init(root: XMLTreeNode, file: String) throws(ConversionError) {
        self.file = file
        self.root = root
        guard root.name == "html", let head = root.child("head"), let model = head.child("model") else {
            throw ConversionError(
                file: file, location: "\(root.line)", "not an XForms form: <h:html> needs <h:head> with a <model>")
        }
        let instances = model.children("instance")
        guard let primary = instances.first(where: { $0.attributes["id"] == nil }), let data = primary.children.first
        else {
            throw ConversionError(file: file, location: "\(model.line)", "the model has no primary <instance>")
        }
        self.data = data
        var secondary: [String: XMLTreeNode] = [:]
        for instance in instances {
            if let id = instance.attributes["id"], let list = instance.children.first { secondary[id] = list }
        }
        self.instances = secondary
        var binds: [String: XMLTreeNode] = [:]
        var order: [String] = []
        for bind in model.children("bind") {
            guard let nodeset = bind.attributes["nodeset"] ?? bind.attributes["ref"] else { continue }
            if binds[nodeset] == nil { order.append(nodeset) }
            binds[nodeset] = bind
        }
        self.binds = binds
        bindOrder = order
        var names: [String] = []
        var texts: [String: [String: String]] = [:]
        var media: Set<String> = []
        let translations = model.child("itext")?.children("translation") ?? []
        let ordered =
            translations.filter { $0.attributes["default"]?.hasPrefix("true") == true }
            + translations.filter { $0.attributes["default"]?.hasPrefix("true") != true }
        for translation in ordered {
            let name = translation.attributes["lang"] ?? "default"
            names.append(name)
            for text in translation.children("text") {
                guard let id = text.attributes["id"] else { continue }
                let values = text.children("value")
                if let plain = values.first(where: { ($0.attributes["form"] ?? "long") == "long" }) {
                    texts[id, default: [:]][name] = plain.text.trimmingSpaces
                } else if !values.isEmpty {
                    media.insert(id)
                }
            }
        }
        languageNames = names
        tags = Dictionary(uniqueKeysWithValues: names.map { ($0, $0 == "default" ? "en" : XLSFormLanguages.tag($0)) })
        self.texts = texts
        mediaOnly = media
    }

    /// The default language's tag (English when the form has no translations).
    var defaultTag: String { languageNames.first.flatMap { tags[$0] } ?? "en" }

    /// The translated languages' tags, in file order, without the default.
    var translations: [String] {
        var result: [String] = []
        for name in languageNames.dropFirst() {
            if let tag = tags[name], tag != defaultTag, !result.contains(tag) { result.append(tag) }
        }
        return result
    }

    /// The path of the primary instance's root (`/data`).
    var rootPath: String { "/" + data.name }

    /// The text of a `<label>` or `<hint>`: its itext (`ref="jr:itext('id')"`) in every language, or its inline
    /// text; nil when it is absent or empty. An itext id the form does not define is an error at the element.
    func text(_ node: XMLTreeNode?) throws(ConversionError) -> LocalizedText? {
        guard let node else { return nil }
        guard let reference = node.attributes["ref"], let id = Self.itextID(reference) else {
            let inline = node.text.trimmingSpaces
            return inline.isEmpty ? nil : LocalizedText(inline)
        }
        return try itext(id, line: node.line)
    }

    /// The itext `id` in every language; an unknown id is an error at `line`.
    func itext(_ id: String, line: Int) throws(ConversionError) -> LocalizedText? {
        guard let byLanguage = texts[id] else {
            if mediaOnly.contains(id) { return nil }
            throw ConversionError(
                file: file, location: "\(line)", "the label refers to the itext \"\(id)\", which the form does not have"
            )
        }
        var translations: [String: String] = [:]
        for name in languageNames.dropFirst() {
            if let tag = tags[name], tag != defaultTag, let text = byLanguage[name], !text.isEmpty {
                translations[tag] = text
            }
        }
        let main =
            languageNames.first.flatMap { byLanguage[$0] } ?? translations.sorted { $0.key < $1.key }.first?.value
        return main.map { LocalizedText($0, translations: translations) }
    }

    /// The id inside `jr:itext('id')` (quotes single or double), or nil when `reference` is not one.
    static func itextID(_ reference: String) -> String? {
        let trimmed = reference.trimmingSpaces
        guard trimmed.hasPrefix("jr:itext("), trimmed.hasSuffix(")") else { return nil }
        let inner = trimmed.dropFirst("jr:itext(".count).dropLast().trimmingSpaces
        guard inner.count >= 2, let quote = inner.first, quote == "'" || quote == "\"", inner.last == quote else {
            return nil
        }
        return String(inner.dropFirst().dropLast())
    }
}
