import SurveyModel

extension SurveyBuilder {
    /// Builds the survey from the root `survey` node; nil when any error was reported.
    mutating func build(_ root: SourceNode) -> Survey? {
        record("survey", root)
        let path = "survey"
        let id = string(root, "id", path: path, required: true) ?? ""
        var version = SemanticVersion(1, 0, 0)
        if let text = string(root, "version", path: path, required: true) {
            if let parsed = SemanticVersion(parsing: text) {
                version = parsed
            } else {
                error(
                    "'\(text)' is not a semantic version; write MAJOR.MINOR.PATCH, e.g. 1.0.0", code: "bad-version",
                    at: root.attribute("version")!.valueStart)
            }
        }
        let kind = keyword(root, "kind", path: path, default: SurveyKind.survey)
        defaultLanguage = string(root, "lang", path: path) ?? "en"
        sourceMap.defaultLanguage = defaultLanguage
        let translations = (string(root, "translations", path: path) ?? "")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        let title = localized(root, child: "title", ownerName: "the survey", required: true)
        let description = localized(root, child: "description", ownerName: "the survey", required: false)
        var survey = Survey(
            id: id, version: version, kind: kind, title: title ?? "", description: description,
            defaultLanguage: defaultLanguage, translations: translations)
        survey.page = keyword(root, "page", path: path, default: PageLayout.question)
        for child in root.children {
            switch child.name {
            case "metadata": survey.metadata = metadata(child)
            case "special-codes":
                survey.specialCodes = SpecialCodes(
                    dontKnow: string(child, "dont-know", path: "survey/special-codes") ?? "-1",
                    refused: string(child, "refused", path: "survey/special-codes") ?? "-2")
            case "attributes": survey.attributes = child.children("attribute").compactMap { attribute($0) }
            case "option-lists": survey.optionLists = child.children("list").compactMap { optionList($0) }
            case "computed":
                if let (id, path) = identify(child, as: "computed"),
                    let expression = expression(child, "expr", path: path, required: true)
                {
                    survey.computed.append(ComputedVariable(id: id, expression: expression))
                }
            case "segments": survey.segments = child.children("segment").compactMap { segment($0) }
            case "quotas": survey.quotas = child.children("quota").compactMap { quota($0) }
            case "weighting": survey.weighting = weighting(child)
            case "consistency-rules":
                survey.consistencyRules = child.children("rule").compactMap { consistencyRule($0) }
            case "section": if let section = section(child) { survey.sections.append(section) }
            default: break
            }
        }
        if root.children("section").isEmpty {
            error("the survey has no sections", code: "missing-value", at: root.offset)
        }
        return diagnostics.contains { $0.severity == .error } ? nil : survey
    }

    private mutating func metadata(_ node: SourceNode) -> [String: String] {
        var result: [String: String] = [:]
        for entry in node.children("entry") {
            guard let key = string(entry, "key", path: "survey/metadata", required: true) else { continue }
            if result[key] != nil {
                error("duplicate metadata key '\(key)'", code: "duplicate-id", at: entry.offset)
            }
            result[key] = entry.text
        }
        return result
    }

    private mutating func attribute(_ node: SourceNode) -> AttributeDefinition? {
        guard let (id, path) = identify(node, as: "attribute") else { return nil }
        guard let typeText = string(node, "type", path: path, required: true) else { return nil }
        guard let type = AttributeType(rawValue: typeText) else {
            let allowed = AttributeType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            error(
                "'\(typeText)' is not a valid type; use one of \(allowed)", code: "bad-value",
                at: node.attribute("type")!.valueStart)
            return nil
        }
        return AttributeDefinition(
            id: id, type: type,
            label: localized(node, child: "label", ownerName: "attribute '\(id)'", required: false),
            personal: bool(node, "personal", path: path, default: false))
    }

    private mutating func optionList(_ node: SourceNode) -> OptionList? {
        guard let (id, path) = identify(node, as: "list") else { return nil }
        let options = node.children("option").compactMap { option($0, parent: path) }
        if node.children("option").isEmpty {
            error("option list '\(id)' has no options", code: "missing-value", at: node.offset)
        }
        return OptionList(id: id, options: options)
    }

    private mutating func segment(_ node: SourceNode) -> Segment? {
        guard let (id, path) = identify(node, as: "segment") else { return nil }
        let label = localized(node, child: "label", ownerName: "segment '\(id)'", required: false)
        guard let when = expression(node, "when", path: path, required: true) else { return nil }
        return Segment(id: id, label: label ?? LocalizedText(id), when: when)
    }

    private mutating func quota(_ node: SourceNode) -> Quota? {
        guard let (id, path) = identify(node, as: "quota") else { return nil }
        let when = expression(node, "when", path: path, required: true)
        let target = int(node, "target", path: path, required: true)
        if let target, target < 0 {
            error("quota '\(id)' has a negative target", code: "bad-value", at: node.attribute("target")!.valueStart)
        }
        guard let when, let target else { return nil }
        return Quota(id: id, when: when, target: target)
    }

    /// A consistency rule, recorded at `consistency:ID`: its condition (`when`, which must hold for every
    /// response) and its localized `message`, both required.
    private mutating func consistencyRule(_ node: SourceNode) -> ConsistencyRule? {
        guard let (id, path) = identify(node, as: "consistency") else { return nil }
        let condition = expression(node, "when", path: path, required: true)
        let message = localized(node, child: "message", ownerName: "consistency rule '\(id)'", required: true)
        guard let condition, let message else { return nil }
        return ConsistencyRule(id: id, expression: condition, message: message)
    }

    private mutating func weighting(_ node: SourceNode) -> WeightingSpec {
        record("weighting", node)
        var spec = WeightingSpec(marginsFile: string(node, "margins-file", path: "weighting"))
        for (position, margin) in node.children("margin").enumerated() {
            let path = "margin:\(position)"
            record(path, margin)
            let variable = string(margin, "variable", path: path, required: true)
            let level = string(margin, "level", path: path, required: true)
            let target = double(margin, "target", path: path, required: true)
            if let target, target < 0 {
                error(
                    "a margin target cannot be negative", code: "bad-value", at: margin.attribute("target")!.valueStart)
            }
            if let variable, let level, let target {
                spec.margins.append(MarginTarget(variable: variable, level: level, target: target))
            }
        }
        return spec
    }
}
