import Foundation
import SurveyModel

/// Converts an ODK XForms form (the W3C XForms subset ODK Collect reads) into a voc survey and its conversion
/// report.
///
/// The body's top-level `<group>`s become sections and runs of controls outside groups sections of their own
/// (`section_N`); nested groups are flattened into their section (their `relevant` joined to each question's
/// condition, their label kept as a note); a `<repeat>` is asked once. Each control takes its id from the last
/// step of its `ref`, its type and logic from the `<bind>` of that path (`relevant`, `constraint` with
/// `jr:constraintMsg`, `required`, `readonly`), its texts from `itext` translations or inline labels. Binds
/// with a `calculate` and no control become computed variables. Conditions are the XLSForm dialect with XPath
/// paths (`/data/q1 = 'yes'`, `selected(../q2, 'a')`, `. > 0`). Locations in the report and in errors are XML
/// line numbers (`form.xml:12: error: ...`), and malformed XML is refused at its line and column.
struct XFormsConverter {
    let file: String
    let model: XFormsModel
    var report: ConversionReport
    var ids = InteropIdentifiers()
    /// Earlier questions and computed variables by absolute path.
    var symbols: [String: InteropSymbol] = [:]
    var optionLists: [OptionList] = []
    var computed: [ComputedVariable] = []
    var sections: [Section] = []
    /// Controls outside groups since the last section.
    var loose: [SurveyItem] = []
    /// The last question or note converted (a why probe follows it up).
    var lastItem: SurveyItem?
    /// Binds with a `calculate` not yet converted, in file order.
    var pendingCalculations: [String] = []

    /// The survey in `data` (an XForms XML document) read from `file`.
    static func convert(_ data: Data, file: String) throws(ConversionError) -> ConvertedSurvey {
        let root = try XMLTreeReader.root(of: data, file: file)
        let model = try XFormsModel(root: root, file: file)
        var converter = XFormsConverter(
            file: file, model: model, report: ConversionReport(file: file, format: .xforms))
        converter.pendingCalculations = model.bindOrder.filter { model.binds[$0]?.attributes["calculate"] != nil }
        converter.reportMetadata()
        guard let body = root.child("body") else {
            throw ConversionError(file: file, location: "\(root.line)", "the form has no <h:body>")
        }
        for element in body.children {
            if element.name == "group" || element.name == "repeat" {
                try converter.topLevelGroup(element)
            } else {
                converter.loose += try converter.items(of: element, base: model.rootPath)
            }
        }
        converter.closeLooseSection()
        converter.convertCalculations(before: nil)
        guard !converter.sections.isEmpty else {
            throw ConversionError(file: file, location: "\(body.line)", "the form has no questions")
        }
        return converter.survey()
    }

    /// A top-level group (or repeat) as a section: its `relevant` the section's condition, its label the title.
    private mutating func topLevelGroup(_ node: XMLTreeNode) throws(ConversionError) {
        closeLooseSection()
        let path = Self.path(of: node, base: model.rootPath)
        let name = path.map(Self.lastStep) ?? "group_\(sections.count + 1)"
        let id = ids.itemID(name, location: "\(node.line)", report: &report)
        let when = path.flatMap { relevant(of: $0, dropped: "the group's questions are always asked") }
        var items: [SurveyItem] = []
        for child in node.children where child.name != "label" {
            items += try self.items(of: child, base: path ?? model.rootPath)
        }
        reportGroupHints(node, name: name)
        guard !items.isEmpty else {
            report.add("\(node.line)", "empty group \"\(name)\"", "dropped")
            return
        }
        sections.append(Section(id: id, title: try model.text(node.child("label")), when: when, items: items))
    }

    /// The items of one body element: a control's question or note, or a nested group's items (its label a note,
    /// its `relevant` joined to each item's condition).
    mutating func items(of node: XMLTreeNode, base: String) throws(ConversionError) -> [SurveyItem] {
        switch node.name {
        case "group", "repeat":
            let path = Self.path(of: node, base: base)
            let name = path.map(Self.lastStep) ?? "group"
            var items: [SurveyItem] = []
            if let label = try model.text(node.child("label")) {
                items.append(.note(Note(id: ids.itemID(name, location: "\(node.line)", report: &report), text: label)))
            }
            let when = path.flatMap { relevant(of: $0, dropped: "the group's questions are always asked") }
            for child in node.children where child.name != "label" {
                items += try self.items(of: child, base: path ?? base)
            }
            reportGroupHints(node, name: name)
            return items.map { $0.restricted(to: when) }
        case "label", "hint":
            return []
        default:
            return try control(node, base: base).map { [$0] } ?? []
        }
    }

    /// The absolute path a group or control refers to (`ref`, or a repeat's `nodeset`), read from `base`.
    static func path(of node: XMLTreeNode, base: String) -> String? {
        (node.attributes["ref"] ?? node.attributes["nodeset"]).flatMap {
            InteropExpressionLexer.absolutePath($0, base: base)
        }
    }

    /// The last step of `path` (`/data/group/q1` → `q1`), the source name of its node.
    static func lastStep(_ path: String) -> String { String(path.split(separator: "/").last ?? "") }

    /// Reports a repeat (asked once) and a group's appearance (voc has no display hints).
    private mutating func reportGroupHints(_ node: XMLTreeNode, name: String) {
        if node.name == "repeat" {
            report.add(
                "\(node.line)", "repeat \"\(node.attributes["nodeset"] ?? name)\"",
                "not supported; its questions are asked once")
        }
        if let appearance = node.attributes["appearance"] {
            report.add(
                "\(node.line)", "appearance \"\(appearance)\" on group \"\(name)\"",
                "dropped (voc has no display hints)")
        }
    }

    /// The controls outside groups so far, as a section of their own.
    mutating func closeLooseSection() {
        guard !loose.isEmpty else { return }
        sections.append(Section(id: ids.reserve("section_\(sections.count + 1)"), items: loose))
        loose = []
    }

    /// Reports the binds of metadata the form records about the device or interview (`jr:preload`, `meta/`).
    private mutating func reportMetadata() {
        for path in model.bindOrder {
            guard let bind = model.binds[path] else { continue }
            let preload = bind.attributes["preload"]
            guard preload != nil || path.hasPrefix(model.rootPath + "/meta/") else { continue }
            pendingCalculations.removeAll { $0 == path }
            report.add(
                "\(bind.line)", "metadata field \"\(path)\"", "dropped (voc records interview times and devices itself)"
            )
        }
    }

    /// The finished survey with its report.
    func survey() -> ConvertedSurvey {
        var report = report
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let formID = model.data.attributes["id"] ?? stem
        let surveyID = InteropIdentifiers.surveyID(formID)
        if surveyID != formID { report.add("\(model.data.line)", "form id \"\(formID)\"", "survey id \"\(surveyID)\"") }
        var metadata: [String: String] = [:]
        let version = model.data.attributes["version"].map {
            InteropVersion.version($0, at: "\(model.data.line)", metadata: &metadata, report: &report)
        }
        let title = model.root.child("head")?.child("title")?.text.trimmingSpaces ?? ""
        let survey = Survey(
            id: surveyID, version: version ?? SemanticVersion(1, 0, 0),
            title: LocalizedText(title.isEmpty ? formID : title),
            defaultLanguage: model.defaultTag, translations: model.translations, optionLists: optionLists,
            computed: computed, sections: sections, metadata: metadata)
        return ConvertedSurvey(survey: survey, report: report)
    }
}
