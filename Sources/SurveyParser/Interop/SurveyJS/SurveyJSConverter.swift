import Foundation
import SurveyModel

/// Converts a SurveyJS survey definition into a voc survey and its conversion report.
///
/// Pages become sections (a single-page survey with top-level `elements` one section); panels are flattened
/// into their page (their `visibleIf` joined to each question's condition, their title kept as a note).
/// Localizable strings (`"text"` or `{"default": ..., "de": ...}`) keep every locale; `default` is the survey's
/// `locale`, English when it has none. Locations in the report and in errors are JSON paths
/// (`form.json:pages[1].elements[3]: error: ...`).
struct SurveyJSConverter {
    let file: String
    var report: ConversionReport
    var ids = InteropIdentifiers()
    /// Earlier questions by SurveyJS name.
    var symbols: [String: InteropSymbol] = [:]
    /// The language of `default` texts.
    let defaultLanguage: String
    /// Translated languages met so far, in order.
    var languages: [String] = []
    var sections: [Section] = []
    var sectionIDs: Set<String> = []
    /// The items of the page being converted.
    var items: [SurveyItem] = []

    private static let surveyProperties: Set<String> = ["title", "description", "locale", "pages", "elements"]

    static func convert(_ data: Data, file: String) throws(ConversionError) -> ConvertedSurvey {
        let root = try JSONPathNode.root(of: data, file: file)
        let locale = root["locale"]?.scalar.map(XLSFormLanguages.tag) ?? "en"
        var converter = SurveyJSConverter(
            file: file, report: ConversionReport(file: file, format: .surveyJS), defaultLanguage: locale)
        for key in root.keys where !Self.surveyProperties.contains(key) {
            converter.report.add(key, "survey property \(key)", "dropped")
        }
        if let pages = root["pages"] {
            for page in pages.elements { try converter.page(page) }
        } else {
            try converter.page(root)
        }
        guard !converter.sections.isEmpty else {
            throw ConversionError(file: file, location: "pages", "the survey has no questions")
        }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let title = converter.localized(root["title"]) ?? LocalizedText(stem)
        let description = converter.localized(root["description"])
        let survey = Survey(
            id: InteropIdentifiers.identifier(stem), title: title, description: description, defaultLanguage: locale,
            translations: converter.languages, sections: converter.sections)
        return ConvertedSurvey(survey: survey, report: converter.report)
    }

    /// One page (or the survey itself for top-level `elements`) as a section.
    private mutating func page(_ node: JSONPathNode) throws(ConversionError) {
        let isPage = !node.path.isEmpty
        let name = isPage ? node["name"]?.scalar ?? "page\(sections.count + 1)" : "main"
        var id = InteropIdentifiers.identifier(name)
        while sectionIDs.contains(id) { id += "_" }
        sectionIDs.insert(id)
        let when = node["visibleIf"].flatMap { translate($0, dropped: "the page is always shown") }
        if isPage {
            for key in node.keys where !["name", "title", "description", "elements", "visibleIf"].contains(key) {
                report.add(node[key]?.path ?? node.path, "page property \(key)", "dropped")
            }
        }
        items = []
        for element in node["elements"]?.elements ?? [] { try self.element(element) }
        guard !items.isEmpty else {
            report.add(node.path.isEmpty ? "elements" : node.path, "a page without questions", "dropped")
            return
        }
        sections.append(
            Section(id: id, title: isPage ? localized(node["title"]) : nil, when: when, items: items))
    }

    /// A panel's elements, flattened; or one question.
    mutating func element(_ node: JSONPathNode) throws(ConversionError) {
        guard let type = node["type"]?.scalar?.lowercased() else {
            throw ConversionError(file: file, location: node.path, "an element without a type")
        }
        guard type == "panel" else {
            try question(node, type: type)
            return
        }
        let when = node["visibleIf"].flatMap { translate($0, dropped: "the panel's questions are always shown") }
        let start = items.count
        if let title = localized(node["title"]) {
            let id = ids.itemID(node["name"]?.scalar ?? "panel", location: node.path, report: &report)
            items.append(.note(Note(id: id, text: title)))
        }
        for key in node.keys where !["type", "name", "title", "elements", "visibleIf"].contains(key) {
            report.add(node[key]?.path ?? node.path, "panel property \(key)", "dropped")
        }
        for child in node["elements"]?.elements ?? [] { try element(child) }
        for index in start..<items.count { items[index] = items[index].restricted(to: when) }
    }

    /// A localizable string as a `LocalizedText`, its piping rewritten for voc; nil when absent.
    mutating func localized(_ node: JSONPathNode?) -> LocalizedText? {
        guard let node, var texts = node.localizedTexts else { return nil }
        guard
            let main = texts.removeValue(forKey: "default") ?? texts.removeValue(forKey: defaultLanguage)
                ?? texts.sorted(by: { $0.key < $1.key }).first?.value
        else { return nil }
        var translations: [String: String] = [:]
        for (locale, text) in texts.sorted(by: { $0.key < $1.key }) {
            let tag = XLSFormLanguages.tag(locale)
            guard tag != defaultLanguage, XLSFormLanguages.isTag(tag) else { continue }
            translations[tag] = text
            if !languages.contains(tag) { languages.append(tag) }
        }
        let piped = InteropPiping.rewrite(LocalizedText(main, translations: translations), symbols: symbols)
        for name in piped.unresolved {
            report.add(node.path, "{\(name)} in a text", "not an earlier question; kept as the plain text [\(name)]")
        }
        return piped.text
    }

    /// The voc translation of a SurveyJS expression, or nil with a report item saying what was `dropped`.
    mutating func translate(_ node: JSONPathNode, dropped: String) -> SurveyModel.Expression? {
        guard let text = node.scalar else {
            report.add(node.path, "a condition that is not a string", "dropped; \(dropped)")
            return nil
        }
        return InteropExpressionParser.translated(
            text, dialect: .surveyJS, symbols: symbols, at: node.path, construct: "\"\(text)\"", dropped: dropped,
            report: &report)
    }
}
