import SurveyModel

extension SurveyJSConverter {
    /// Properties a question may carry that the conversion reads; others are reported as dropped.
    private static let questionProperties: Set<String> = [
        "type", "name", "title", "description", "isRequired", "visibleIf", "choices", "hasOther", "showOtherItem",
        "otherText", "showNoneItem", "noneText", "showRefuseItem", "showDontKnowItem", "rateMin", "rateMax",
        "rateValues", "minRateDescription", "maxRateDescription", "inputType", "min", "max", "rows", "columns",
        "labelTrue", "labelFalse", "maxSelectedChoices", "minSelectedChoices", "html",
    ]

    /// Converts one question element.
    mutating func question(_ node: JSONPathNode, type: String) throws(ConversionError) {
        guard let name = node["name"]?.scalar else {
            throw ConversionError(file: file, location: node.path, "a \(type) question without a name")
        }
        let id = ids.itemID(name, location: node.path, report: &report)
        let text = localized(node["title"]) ?? LocalizedText(name)
        let when = node["visibleIf"].flatMap { translate($0, dropped: "the question is always asked") }
        for key in node.keys where !Self.questionProperties.contains(key) {
            report.add(node[key]?.path ?? node.path, "property \(key)", "dropped")
        }
        if type == "html" || type == "image" || type == "expression" {
            let body = localized(node["html"]) ?? text
            report.add(node.path, "\(type) element \"\(name)\"", type == "html" ? "kept as a note" : "dropped")
            if type == "html" { items.append(.note(Note(id: id, text: body, when: when))) }
            return
        }
        if type == "matrix" || type == "matrixdropdown" {
            try matrix(node, type: type, id: id, text: text, when: when)
            return
        }
        guard var (kind, symbolKind) = try whatKind(node, type: type, name: name) else { return }
        if let options = Self.inlineOptions(kind), options.isEmpty {
            report.add(
                node.path, "\(type) \"\(name)\" without choices in the file",
                "kept as a text question (choicesByUrl and choicesFromQuestion are not read)")
            (kind, symbolKind) = (.text(maxLength: nil, pattern: nil), .other)
        }
        if case .text = kind, let probe = whyProbe(node, id: id, text: text, when: when) {
            items.append(.why(probe))
            return
        }
        var question = WhatQuestion(
            id: id, text: text, help: localized(node["description"]), kind: kind, when: when,
            required: node["isRequired"]?.bool ?? false)
        question.allowRefused = node["showRefuseItem"]?.bool ?? false
        question.allowDontKnow = node["showDontKnowItem"]?.bool ?? false
        symbols[name] = InteropSymbol(id: id, kind: symbolKind)
        items.append(.what(question))
    }

    /// The options written into a choice or ranking kind; nil for other kinds.
    private static func inlineOptions(_ kind: WhatKind) -> [ChoiceOption]? {
        switch kind {
        case .singleChoice(.inline(let options)), .multipleChoice(.inline(let options), _, _),
            .ranking(.inline(let options), _):
            return options
        default: return nil
        }
    }

    /// The voc kind of a question type and how expressions see its answer; nil when the question is dropped.
    private mutating func whatKind(
        _ node: JSONPathNode, type: String, name: String
    ) throws(ConversionError) -> (WhatKind, InteropSymbol.Kind)? {
        switch type {
        case "radiogroup", "dropdown":
            let (options, codes) = try choices(node)
            return (.singleChoice(options: .inline(options)), .choice(codes))
        case "checkbox", "tagbox":
            let (options, codes) = try choices(node)
            let min = node["minSelectedChoices"]?.number.map { Int($0) }
            let max = node["maxSelectedChoices"]?.number.map { Int($0) }
            return (.multipleChoice(options: .inline(options), min: min, max: max), .choices(codes))
        case "ranking":
            let (options, codes) = try choices(node)
            return (.ranking(items: .inline(options), top: nil), .choices(codes))
        case "boolean":
            let options = [
                ChoiceOption(code: "true", label: localized(node["labelTrue"]) ?? "Yes"),
                ChoiceOption(code: "false", label: localized(node["labelFalse"]) ?? "No"),
            ]
            return (.singleChoice(options: .inline(options)), .choice(["true": "true", "false": "false"]))
        case "rating": return try rating(node, name: name)
        case "comment": return (.text(maxLength: nil, pattern: nil), .other)
        case "text":
            let inputType = node["inputType"]?.scalar?.lowercased() ?? "text"
            switch inputType {
            case "number", "range":
                return (
                    .numeric(integer: false, min: node["min"]?.number, max: node["max"]?.number, unit: nil), .number
                )
            case "date": return (.date(min: node["min"]?.scalar, max: node["max"]?.scalar), .other)
            case "text": return (.text(maxLength: nil, pattern: nil), .other)
            default:
                report.add(
                    node["inputType"]?.path ?? node.path, "inputType \"\(inputType)\"", "kept as a text question")
                return (.text(maxLength: nil, pattern: nil), .other)
            }
        default:
            report.add(
                node.path, "question type \"\(type)\" (\"\(name)\")", "not a voc question type; kept as a text question"
            )
            return (.text(maxLength: nil, pattern: nil), .other)
        }
    }

    /// A rating: NPS when it is 0-10 and clearly asks for a recommendation, otherwise a rating scale with its end
    /// labels; `rateValues` with whole-number values give the scale, others a single choice.
    private mutating func rating(
        _ node: JSONPathNode, name: String
    ) throws(ConversionError) -> (WhatKind, InteropSymbol.Kind)? {
        if let values = node["rateValues"], !values.elements.isEmpty {
            let (options, codes) = try choices(node, key: "rateValues")
            if let scale = InteropScale.consecutive(options) { return (.rating(scale: scale), .number) }
            report.add(values.path, "rateValues that are not whole numbers in a row", "kept as a single choice")
            return (.singleChoice(options: .inline(options)), .choice(codes))
        }
        let low = Int(node["rateMin"]?.number ?? 1)
        let high = Int(node["rateMax"]?.number ?? 5)
        let lowText = localized(node["minRateDescription"])
        let highText = localized(node["maxRateDescription"])
        let title = (node["title"]?.localizedTexts?.values.joined(separator: " ") ?? "").lowercased()
        if low == 0, high == 10, title.contains("recommend") || name.lowercased().contains("nps") {
            return (
                .nps(labels: NPSLabels(low: lowText ?? "Not at all likely", high: highText ?? "Extremely likely")),
                .number
            )
        }
        var labels: [ScaleLabel] = []
        if let lowText { labels.append(ScaleLabel(value: low, text: lowText)) }
        if let highText { labels.append(ScaleLabel(value: high, text: highText)) }
        return (.rating(scale: RatingScale(min: low, max: high, labels: labels)), .number)
    }

    /// The options of `key` (`choices` by default) with voc codes, plus `other` and `none` when the question shows
    /// them; source value → voc code for expressions.
    mutating func choices(
        _ node: JSONPathNode, key: String = "choices"
    ) throws(ConversionError) -> ([ChoiceOption], [String: String]) {
        var sources: [(code: String, location: String)] = []
        var labels: [LocalizedText] = []
        for item in node[key]?.elements ?? [] {
            guard let value = item["value"]?.scalar ?? item.scalar else {
                throw ConversionError(file: file, location: item.path, "a choice without a value")
            }
            sources.append((value, item.path))
            labels.append(localized(item["text"]) ?? LocalizedText(value))
        }
        let codes = InteropIdentifiers.codes(sources, report: &report)
        var options = zip(codes, labels).map { ChoiceOption(code: $0.0, label: $0.1) }
        var map = Dictionary(zip(sources.map(\.code), codes), uniquingKeysWith: { first, _ in first })
        if node["hasOther"]?.bool == true || node["showOtherItem"]?.bool == true {
            options.append(
                ChoiceOption(code: "other", label: localized(node["otherText"]) ?? "Other", anchored: true, other: true)
            )
            map["other"] = "other"
        }
        if node["showNoneItem"]?.bool == true {
            options.append(
                ChoiceOption(
                    code: "none", label: localized(node["noneText"]) ?? "None", anchored: true, exclusive: true))
            map["none"] = "none"
        }
        return (options, map)
    }
}
