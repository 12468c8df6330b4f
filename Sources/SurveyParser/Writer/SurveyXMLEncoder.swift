import SurveyModel

/// Turns a `Survey` into the element tree of the XML syntax (see `Schemas/survey.xsd` for the order).
enum SurveyXMLEncoder {
    static func encode(_ survey: Survey) -> XMLElementOut {
        var root = XMLElementOut(
            "survey",
            [
                ("xmlns", SurveySchema.namespace), ("id", survey.id), ("version", survey.version.description),
                ("kind", survey.kind == .survey ? nil : survey.kind.rawValue), ("lang", survey.defaultLanguage),
                ("translations", survey.translations.isEmpty ? nil : survey.translations.joined(separator: " ")),
                ("page", survey.page == .question ? nil : survey.page.rawValue),
            ])
        root.children += texts("title", survey.title)
        if let description = survey.description { root.children += texts("description", description) }
        root.appendListUnlessEmpty("metadata", survey.metadata.keys.sorted()) {
            XMLElementOut("entry", [("key", $0)], text: survey.metadata[$0])
        }
        if survey.specialCodes != SpecialCodes() {
            root.children.append(
                XMLElementOut(
                    "special-codes",
                    [("dont-know", survey.specialCodes.dontKnow), ("refused", survey.specialCodes.refused)]))
        }
        root.appendListUnlessEmpty("attributes", survey.attributes, attribute)
        root.appendListUnlessEmpty("option-lists", survey.optionLists) {
            XMLElementOut("list", [("id", $0.id)], children: $0.options.map(option))
        }
        for variable in survey.computed {
            root.children.append(
                XMLElementOut("computed", [("id", variable.id), ("expr", variable.expression.source)]))
        }
        root.appendListUnlessEmpty("segments", survey.segments) { segment in
            XMLElementOut(
                "segment", [("id", segment.id), ("when", segment.when.source)],
                children: segment.label == LocalizedText(segment.id) ? [] : texts("label", segment.label))
        }
        root.appendListUnlessEmpty("quotas", survey.quotas) {
            XMLElementOut("quota", [("id", $0.id), ("when", $0.when.source), ("target", String($0.target))])
        }
        if let weighting = survey.weighting {
            root.children.append(
                XMLElementOut(
                    "weighting", [("margins-file", weighting.marginsFile)],
                    children: weighting.margins.map {
                        XMLElementOut(
                            "margin",
                            [("variable", $0.variable), ("level", $0.level), ("target", Value.format($0.target))])
                    }))
        }
        root.appendListUnlessEmpty("consistency-rules", survey.consistencyRules) {
            XMLElementOut(
                "rule", [("id", $0.id), ("when", $0.expression.source)], children: texts("message", $0.message))
        }
        root.children += survey.sections.map(section)
        return root
    }

    /// The default-language element, then one element per translation (sorted by language tag).
    static func texts(_ name: String, _ text: LocalizedText, _ extra: [(String, String?)] = []) -> [XMLElementOut] {
        [XMLElementOut(name, extra, text: text.text)]
            + text.translations.keys.sorted().map { lang in
                XMLElementOut(name, extra + [("lang", lang)], text: text.translations[lang])
            }
    }

    static func flag(_ value: Bool, default defaultValue: Bool) -> String? {
        value == defaultValue ? nil : String(value)
    }

    private static func attribute(_ attribute: AttributeDefinition) -> XMLElementOut {
        XMLElementOut(
            "attribute",
            [
                ("id", attribute.id), ("type", attribute.type.rawValue),
                ("personal", flag(attribute.personal, default: false)),
            ],
            children: attribute.label.map { texts("label", $0) } ?? [])
    }

    static func option(_ option: ChoiceOption) -> XMLElementOut {
        var element = XMLElementOut(
            "option",
            [
                ("code", option.code), ("anchored", flag(option.anchored, default: false)),
                ("exclusive", flag(option.exclusive, default: false)), ("other", flag(option.other, default: false)),
                ("when", option.when?.source),
            ])
        if option.label.translations.isEmpty && !option.label.text.isEmpty {
            element.text = option.label.text
        } else {
            element.children = texts("label", option.label)
        }
        return element
    }

    private static func section(_ section: Section) -> XMLElementOut {
        var element = XMLElementOut(
            "section",
            [
                ("id", section.id), ("when", section.when?.source),
                ("randomize", flag(section.randomize, default: false)),
                ("rotate", flag(section.rotate, default: false)),
                ("stage", section.stage?.rawValue), ("minutes", section.minutes.map(String.init)),
                ("page", section.page?.rawValue),
            ])
        if let title = section.title { element.children += texts("title", title) }
        for item in section.items {
            switch item {
            case .what(let question): element.children.append(SurveyXMLEncoder.what(question))
            case .why(let probe): element.children.append(why(probe))
            case .note(let note):
                element.children.append(
                    XMLElementOut(
                        "note",
                        [
                            ("id", note.id), ("kind", note.kind == .info ? nil : note.kind.rawValue),
                            ("when", note.when?.source),
                        ],
                        children: texts("text", note.text)))
            }
        }
        return element
    }

    private static func why(_ probe: WhyProbe) -> XMLElementOut {
        XMLElementOut(
            "why",
            [
                ("id", probe.id), ("about", probe.about), ("when", probe.when?.source),
                ("for", probe.target == .answer ? nil : probe.target.rawValue),
                ("depth", probe.ladderDepth == 1 ? nil : String(probe.ladderDepth)), ("codebook", probe.codebook),
                ("required", flag(probe.required, default: false)),
            ],
            children: texts("text", probe.text)
                + (probe.ladderText == WhyProbe.defaultLadderText ? [] : texts("ladder", probe.ladderText)))
    }
}
