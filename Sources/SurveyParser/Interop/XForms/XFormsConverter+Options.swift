import Foundation
import SurveyModel

extension XFormsConverter {
    /// The options of a select or rank control with source value → voc code for expressions: its inline
    /// `<item>`s, or the items of the secondary instance its `<itemset>` names (one option list per instance,
    /// shared by every control using it; a filter in the nodeset is reported and every choice offered). A control
    /// without items is an error at its line.
    mutating func options(
        _ node: XMLTreeNode, name: String
    ) throws(ConversionError) -> (OptionSource, [String: String]) {
        if let itemset = node.child("itemset") { return try listOptions(itemset) }
        var sources: [(code: String, location: String)] = []
        var labels: [LocalizedText] = []
        for item in node.children("item") {
            let value = item.child("value")?.text.trimmingSpaces ?? ""
            guard !value.isEmpty else {
                throw ConversionError(file: file, location: "\(item.line)", "an <item> without a <value>")
            }
            sources.append((value, "\(item.line)"))
            labels.append(try model.text(item.child("label")) ?? LocalizedText(value))
        }
        guard !sources.isEmpty else {
            throw ConversionError(
                file: file, location: "\(node.line)", "the <\(node.name)> \"\(name)\" has no <item> or <itemset>")
        }
        let (options, codes) = choices(sources, labels: labels)
        return (.inline(options), codes)
    }

    /// The options of an `<itemset nodeset="instance('list')/root/item">` as the option list `list`.
    private mutating func listOptions(
        _ itemset: XMLTreeNode
    ) throws(ConversionError) -> (OptionSource, [String: String]) {
        let nodeset = itemset.attributes["nodeset"] ?? ""
        guard let instanceID = Self.instanceID(nodeset), let list = model.instances[instanceID] else {
            throw ConversionError(
                file: file, location: "\(itemset.line)",
                "the itemset \"\(nodeset)\" does not name a secondary instance of the form")
        }
        if nodeset.contains("[") {
            report.add("\(itemset.line)", "itemset filter \"\(nodeset)\"", "not translated; every choice is offered")
        }
        let valueRef = itemset.child("value")?.attributes["ref"] ?? "name"
        let labelRef = itemset.child("label")?.attributes["ref"] ?? "label"
        var sources: [(code: String, location: String)] = []
        var labels: [LocalizedText] = []
        for item in list.children {
            let value = item.child(valueRef)?.text.trimmingSpaces ?? ""
            guard !value.isEmpty else {
                throw ConversionError(file: file, location: "\(item.line)", "a choice without a \(valueRef)")
            }
            sources.append((value, "\(item.line)"))
            let label: LocalizedText?
            if labelRef.hasPrefix("jr:itext("), let id = item.child("itextId")?.text.trimmingSpaces {
                label = try model.itext(id, line: item.line)
            } else {
                label = (item.child(labelRef)?.text.trimmingSpaces).flatMap { $0.isEmpty ? nil : LocalizedText($0) }
            }
            labels.append(label ?? LocalizedText(value))
        }
        let (options, codes) = choices(sources, labels: labels)
        let id = InteropIdentifiers.identifier(instanceID)
        if !optionLists.contains(where: { $0.id == id }) { optionLists.append(OptionList(id: id, options: options)) }
        return (.list(id), codes)
    }

    /// Options with voc codes (renamings reported) and the source → voc code map.
    private mutating func choices(
        _ sources: [(code: String, location: String)], labels: [LocalizedText]
    ) -> ([ChoiceOption], [String: String]) {
        let codes = InteropIdentifiers.codes(sources, report: &report)
        let options = zip(codes, labels).map { ChoiceOption(code: $0.0, label: $0.1) }
        return (options, Dictionary(zip(sources.map(\.code), codes), uniquingKeysWith: { first, _ in first }))
    }

    /// The instance id in `instance('id')/...`, or nil.
    private static func instanceID(_ nodeset: String) -> String? {
        guard let open = nodeset.range(of: "instance("), let close = nodeset[open.upperBound...].firstIndex(of: ")")
        else { return nil }
        let inner = nodeset[open.upperBound..<close].trimmingSpaces
        guard inner.count >= 2 else { return nil }
        return String(inner.dropFirst().dropLast())
    }
}
