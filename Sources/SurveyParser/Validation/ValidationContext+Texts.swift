import SurveyModel

extension ValidationContext {
    /// A text of the survey, what it is (for messages) and where (a source-map path relative to its owner).
    /// Names and paths are built only when a diagnostic needs them.
    struct TextEntry {
        /// The kind of text: `text`, `help`, `option`, `scale label`, ...
        var kind: String
        /// The option code, scale value or check number it belongs to, if any.
        var key: String?
        var text: LocalizedText
        /// The owner's path (`item:q1`, `list:agree`, `survey`).
        var base: String

        init(_ kind: String, _ text: LocalizedText, base: String, key: String? = nil) {
            self.kind = kind
            self.key = key
            self.text = text
            self.base = base
        }

        /// For messages: `text`, `option 'a'`, `scale label 5`, `check message 1`.
        var name: String {
            guard let key else { return kind }
            switch kind {
            case "option", "feature", "functional", "dysfunctional": return "\(kind) '\(key)'"
            case "check message": return "check message \((Int(key) ?? 0) + 1)"
            default: return "\(kind) \(key)"
            }
        }

        /// The source-map path of the default-language text.
        var path: String {
            switch (kind, key) {
            case ("option", let code?): "\(base)/option:\(code)/label"
            case ("feature", let code?): "\(base)/option:\(code)/label"
            case ("functional", let code?), ("dysfunctional", let code?): "\(base)/option:\(code)/\(kind)"
            case ("scale label", let value?): "\(base)/scale/label:\(value)"
            case ("performance label", let value?): "\(base)/performance/label:\(value)"
            case ("check message", let index?): "\(base)/check:\(index)/message"
            default: "\(base)/\(kind)"
            }
        }
    }

    /// Checks piping references in every text (consistency-rule messages included), and translations against the
    /// declared languages.
    mutating func checkTexts() {
        let declared = Set(survey.translations)
        if declared.contains(survey.defaultLanguage) {
            warning(
                "translations list the default language '\(survey.defaultLanguage)'", code: "translation",
                at: "survey@translations")
        }
        var undeclaredReported = Set<String>()
        let defaultLanguage = survey.defaultLanguage
        // Sites and owner names are built only when a text pipes something or a warning needs them.
        func check(
            _ entries: [TextEntry], site makeSite: () -> ExpressionSite, owner: () -> String, ownerPath: String,
            _ context: inout ValidationContext
        ) {
            var missing: [String: [String]] = [:]
            for entry in entries {
                if PipingScanner.mayContainReferences(entry.text.text) {
                    context.checkPiping(entry.text.text, path: entry.path, site: makeSite())
                }
                for (lang, text) in entry.text.translations {
                    if PipingScanner.mayContainReferences(text) {
                        context.checkPiping(text, path: entry.path + "[\(lang)]", site: makeSite())
                    }
                    if !declared.contains(lang), undeclaredReported.insert(lang).inserted {
                        context.warning(
                            "a '\(lang)' translation is given, but '\(lang)' is not among the survey's "
                                + "translations", code: "translation", at: entry.path + "[\(lang)]")
                    }
                }
                for lang in declared where lang != defaultLanguage && entry.text.translations[lang] == nil {
                    missing[lang, default: []].append(entry.name)
                }
            }
            for lang in missing.keys.sorted() {
                let names = missing[lang]!
                let list = names.prefix(4).joined(separator: ", ") + (names.count > 4 ? ", …" : "")
                context.warning(
                    "\(owner()) has no '\(lang)' translation for: \(list)", code: "missing-translation",
                    at: ownerPath)
            }
        }
        let surveyEntries =
            [TextEntry("title", survey.title, base: "survey")]
            + (survey.description.map { [TextEntry("description", $0, base: "survey")] } ?? [])
        check(
            surveyEntries, site: { ExpressionSite(path: "survey", limit: 0, role: "the survey title") },
            owner: { "the survey" }, ownerPath: "survey", &self)
        for list in survey.optionLists {
            let entries = list.options.map { TextEntry("option", $0.label, base: "list:" + list.id, key: $0.code) }
            check(
                entries, site: { ExpressionSite(path: "list:" + list.id, role: "option list '\(list.id)'") },
                owner: { "option list '\(list.id)'" }, ownerPath: "list:" + list.id, &self)
        }
        var position = 0
        for section in survey.sections {
            if let title = section.title {
                let path = "section:" + section.id
                check(
                    [TextEntry("title", title, base: path)],
                    site: { ExpressionSite(path: path, limit: position, role: "the title of section '\(section.id)'") },
                    owner: { "section '\(section.id)'" }, ownerPath: path, &self)
            }
            for item in section.items {
                let path = itemPaths[position]
                var pipingNames: Set<String> = []
                if case .why(let probe) = item {
                    pipingNames = ["answer", "previous"]
                    if !probe.text.text.contains("{answer}") && !probe.text.text.contains("${answer}") {
                        warning(
                            "the prompt of why probe '\(probe.id)' never pipes {answer}, so the respondent is not "
                                + "reminded what they are explaining", code: "probe-without-answer", at: path + "/text")
                    }
                }
                let entries = texts(of: item, path: path)
                check(
                    entries,
                    site: {
                        ExpressionSite(
                            path: path, limit: position, selfID: item.id, role: "the text of \(Self.describe(item))",
                            pipingNames: pipingNames)
                    }, owner: { Self.describe(item) }, ownerPath: path, &self)
                position += 1
            }
        }
        var ruleCount: [String: Int] = [:]
        for rule in survey.consistencyRules {
            ruleCount[rule.id, default: 0] += 1
            let path = SourceMap.path("consistency:" + rule.id, occurrence: ruleCount[rule.id]!)
            check(
                [TextEntry("message", rule.message, base: path)],
                site: { ExpressionSite(path: path, role: "the message of consistency rule '\(rule.id)'") },
                owner: { "consistency rule '\(rule.id)'" }, ownerPath: path, &self)
        }
    }

    /// Reports unknown, later or self references piped into `text` (the value at `path`).
    mutating func checkPiping(_ text: String, path: String, site: ExpressionSite) {
        for found in PipingScanner.scan(text) {
            guard let reference = found.reference else {
                error("unterminated piping reference: missing '}'", code: "bad-piping", at: path, offset: found.offset)
                continue
            }
            if site.pipingNames.contains(reference.id), reference.part == nil { continue }
            if reference.id == "answer" || reference.id == "previous", symbols[reference.id] == nil {
                error(
                    "{\(reference.id)} can only be piped into the texts of a why probe", code: "unknown-reference",
                    at: path, offset: found.offset)
                continue
            }
            var pipingSite = site
            pipingSite.path = path
            pipingSite.role = site.role
            _ = typeOf(reference, offset: found.offset, at: pipingSite)
        }
    }

    /// The texts of an item.
    func texts(of item: SurveyItem, path: String) -> [TextEntry] {
        switch item {
        case .note(let note):
            return [TextEntry("text", note.text, base: path)]
        case .why(let probe):
            var entries = [TextEntry("text", probe.text, base: path)]
            if probe.ladderDepth > 1 { entries.append(TextEntry("ladder", probe.ladderText, base: path)) }
            return entries
        case .what(let question):
            var entries = [TextEntry("text", question.text, base: path)]
            if let help = question.help { entries.append(TextEntry("help", help, base: path)) }
            for option in inlineOptions(question) {
                entries.append(TextEntry("option", option.label, base: path, key: option.code))
            }
            func scale(_ scale: RatingScale, _ kind: String) {
                for label in scale.labels {
                    entries.append(TextEntry(kind, label.text, base: path, key: String(label.value)))
                }
            }
            switch question.kind {
            case .rating(let ratingScale), .matrix(_, let ratingScale): scale(ratingScale, "scale label")
            case .importance(_, let importance, let performance):
                scale(importance, "scale label")
                if let performance { scale(performance, "performance label") }
            case .nps(let labels):
                entries.append(TextEntry("low", labels.low, base: path))
                entries.append(TextEntry("high", labels.high, base: path))
            case .kano(let features):
                for feature in features {
                    entries.append(TextEntry("feature", feature.label, base: path, key: feature.code))
                    entries.append(TextEntry("functional", feature.functional, base: path, key: feature.code))
                    entries.append(TextEntry("dysfunctional", feature.dysfunctional, base: path, key: feature.code))
                }
            default: break
            }
            for (index, check) in question.checks.enumerated() {
                entries.append(TextEntry("check message", check.message, base: path, key: String(index)))
            }
            return entries
        }
    }

    /// Warns about option lists that nothing uses. (Segments are not checked: they are also defined for analysis,
    /// e.g. `voc estimate --by`, so a segment that no condition or quota uses is not a likely mistake.)
    mutating func checkUsage() {
        for list in survey.optionLists where !usedLists.contains(list.id) {
            warning("option list '\(list.id)' is never used", code: "unused", at: "list:" + list.id)
        }
    }
}
