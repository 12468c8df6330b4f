import SurveyModel
import SurveyText

/// Turns a `Survey` into the JSON syntax (see `Schemas/survey.schema.json`), keys in schema order, defaults
/// left out.
enum SurveyJSONEncoder {
    static func encode(_ survey: Survey) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("$schema", .string(SurveySchema.jsonSchemaID)), ("id", .string(survey.id)),
            ("version", .string(survey.version.description)),
        ]
        if survey.kind != .survey { members.append(("kind", .string(survey.kind.rawValue))) }
        members.append(("lang", .string(survey.defaultLanguage)))
        if survey.page != .question { members.append(("page", .string(survey.page.rawValue))) }
        members.appendArrayUnlessEmpty("translations", survey.translations, JSONOutput.string)
        members.append(("title", text(survey.title, survey.defaultLanguage)))
        let lang = survey.defaultLanguage
        if let description = survey.description { members.append(("description", text(description, lang))) }
        if !survey.metadata.isEmpty {
            members.append(
                ("metadata", .object(survey.metadata.keys.sorted().map { ($0, .string(survey.metadata[$0]!)) })))
        }
        if survey.specialCodes != SpecialCodes() {
            members.append(
                (
                    "special-codes",
                    .object([
                        ("dont-know", .string(survey.specialCodes.dontKnow)),
                        ("refused", .string(survey.specialCodes.refused)),
                    ])
                ))
        }
        members.appendArrayUnlessEmpty("attributes", survey.attributes) { attribute in
            var object: [(String, JSONOutput)] = [
                ("id", .string(attribute.id)), ("type", .string(attribute.type.rawValue)),
            ]
            if attribute.personal { object.append(("personal", .bool(true))) }
            if let label = attribute.label { object.append(("label", text(label, lang))) }
            return .object(object)
        }
        members.appendArrayUnlessEmpty("option-lists", survey.optionLists) { list in
            .object([("id", .string(list.id)), ("options", .array(list.options.map { option($0, lang) }))])
        }
        members.appendArrayUnlessEmpty("computed", survey.computed) {
            .object([("id", .string($0.id)), ("expr", .string($0.expression.source))])
        }
        members.appendArrayUnlessEmpty("segments", survey.segments) { segment in
            var object: [(String, JSONOutput)] = [("id", .string(segment.id)), ("when", .string(segment.when.source))]
            if segment.label != LocalizedText(segment.id) { object.append(("label", text(segment.label, lang))) }
            return .object(object)
        }
        members.appendArrayUnlessEmpty("quotas", survey.quotas) {
            .object([
                ("id", .string($0.id)), ("when", .string($0.when.source)), ("target", .raw(String($0.target))),
            ])
        }
        if let weighting = survey.weighting {
            var object: [(String, JSONOutput)] = []
            if let file = weighting.marginsFile { object.append(("margins-file", .string(file))) }
            object.appendArrayUnlessEmpty("margins", weighting.margins) {
                .object([
                    ("variable", .string($0.variable)), ("level", .string($0.level)),
                    ("target", .raw(Value.format($0.target))),
                ])
            }
            members.append(("weighting", .object(object)))
        }
        members.appendArrayUnlessEmpty("consistency-rules", survey.consistencyRules) {
            .object([
                ("id", .string($0.id)), ("when", .string($0.expression.source)), ("message", text($0.message, lang)),
            ])
        }
        members.append(("sections", .array(survey.sections.map { section($0, lang) })))
        return .object(members)
    }

    /// A plain string without translations, otherwise an object keyed by language (default first).
    static func text(_ text: LocalizedText, _ lang: String) -> JSONOutput {
        guard !text.translations.isEmpty else { return .string(text.text) }
        return .object(
            [(lang, .string(text.text))] + text.translations.keys.sorted().map { ($0, .string(text.translations[$0]!)) }
        )
    }

    static func option(_ option: ChoiceOption, _ lang: String) -> JSONOutput {
        var object: [(String, JSONOutput)] = [("code", .string(option.code)), ("label", text(option.label, lang))]
        if option.anchored { object.append(("anchored", .bool(true))) }
        if option.exclusive { object.append(("exclusive", .bool(true))) }
        if option.other { object.append(("other", .bool(true))) }
        if let when = option.when { object.append(("when", .string(when.source))) }
        return .object(object)
    }

    private static func section(_ section: Section, _ lang: String) -> JSONOutput {
        var object: [(String, JSONOutput)] = [("id", .string(section.id))]
        if let title = section.title { object.append(("title", text(title, lang))) }
        if let when = section.when { object.append(("when", .string(when.source))) }
        if section.randomize { object.append(("randomize", .bool(true))) }
        if section.rotate { object.append(("rotate", .bool(true))) }
        if let stage = section.stage { object.append(("stage", .string(stage.rawValue))) }
        if let minutes = section.minutes { object.append(("minutes", .raw(String(minutes)))) }
        if let page = section.page { object.append(("page", .string(page.rawValue))) }
        object.append(
            (
                "items",
                .array(
                    section.items.map { item in
                        switch item {
                        case .what(let question): .object([("what", what(question, lang))])
                        case .why(let probe): .object([("why", why(probe, lang))])
                        case .note(let note):
                            .object([
                                (
                                    "note",
                                    .object(
                                        [("id", .string(note.id))]
                                            + (note.kind == .info ? [] : [("kind", .string(note.kind.rawValue))])
                                            + [("text", text(note.text, lang))]
                                            + (note.when.map { [("when", .string($0.source))] } ?? []))
                                )
                            ])
                        }
                    })
            ))
        return .object(object)
    }

    private static func why(_ probe: WhyProbe, _ lang: String) -> JSONOutput {
        var object: [(String, JSONOutput)] = [
            ("id", .string(probe.id)), ("about", .string(probe.about)), ("text", text(probe.text, lang)),
        ]
        if let when = probe.when { object.append(("when", .string(when.source))) }
        if probe.target != .answer { object.append(("for", .string(probe.target.rawValue))) }
        if probe.ladderDepth != 1 { object.append(("depth", .raw(String(probe.ladderDepth)))) }
        if probe.ladderText != WhyProbe.defaultLadderText { object.append(("ladder", text(probe.ladderText, lang))) }
        if let codebook = probe.codebook { object.append(("codebook", .string(codebook))) }
        if probe.required { object.append(("required", .bool(true))) }
        return .object(object)
    }
}
