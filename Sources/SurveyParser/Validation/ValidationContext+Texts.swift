import SurveyModel

extension ValidationContext {
    /// A text of the survey with its source-map path and what it belongs to.
    struct TextEntry {
        var name: String
        var text: LocalizedText
        var path: String
    }

    /// Checks piping references in every text, and translations against the declared languages.
    mutating func checkTexts() {
        let declared = Set(survey.translations)
        if declared.contains(survey.defaultLanguage) {
            warning("translations list the default language '\(survey.defaultLanguage)'", code: "translation",
                at: "survey@translations")
        }
        var undeclaredReported = Set<String>()
        let defaultLanguage = survey.defaultLanguage
        func check(_ entries: [TextEntry], site: ExpressionSite, owner: String, ownerPath: String,
            _ context: inout ValidationContext)
        {
            var missing: [String: [String]] = [:]
            for entry in entries {
                context.checkPiping(entry.text.text, path: entry.path, site: site)
                for (lang, text) in entry.text.translations {
                    context.checkPiping(text, path: entry.path + "[\(lang)]", site: site)
                    if !declared.contains(lang), undeclaredReported.insert(lang).inserted {
                        context.warning("a '\(lang)' translation is given, but '\(lang)' is not among the survey's "
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
                context.warning("\(owner) has no '\(lang)' translation for: \(list)", code: "missing-translation",
                    at: ownerPath)
            }
        }
        let surveyEntries =
            [TextEntry(name: "title", text: survey.title, path: "survey/title")]
            + (survey.description.map { [TextEntry(name: "description", text: $0, path: "survey/description")] } ?? [])
        check(surveyEntries, site: ExpressionSite(path: "survey", limit: 0, role: "the survey title"),
            owner: "the survey", ownerPath: "survey", &self)
        for list in survey.optionLists {
            let entries = list.options.map {
                TextEntry(name: "option '\($0.code)'", text: $0.label, path: "list:\(list.id)/option:\($0.code)/label")
            }
            check(entries, site: ExpressionSite(path: "list:" + list.id, role: "option list '\(list.id)'"),
                owner: "option list '\(list.id)'", ownerPath: "list:" + list.id, &self)
        }
        var position = 0
        for section in survey.sections {
            if let title = section.title {
                let path = "section:" + section.id
                check([TextEntry(name: "title", text: title, path: path + "/title")],
                    site: ExpressionSite(path: path, limit: position, role: "the title of section '\(section.id)'"),
                    owner: "section '\(section.id)'", ownerPath: path, &self)
            }
            for item in section.items {
                let path = itemPaths[position]
                var site = ExpressionSite(path: path, limit: position, selfID: item.id, role: "the text of \(describe(item))")
                if case .why(let probe) = item {
                    site.pipingNames = ["answer", "previous"]
                    if !probe.text.text.contains("{answer}") && !probe.text.text.contains("${answer}") {
                        warning("the prompt of why probe '\(probe.id)' never pipes {answer}, so the respondent is not "
                            + "reminded what they are explaining", code: "probe-without-answer", at: path + "/text")
                    }
                }
                check(texts(of: item, path: path), site: site, owner: describe(item), ownerPath: path, &self)
                position += 1
            }
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
                error("{\(reference.id)} can only be piped into the texts of a why probe", code: "unknown-reference",
                    at: path, offset: found.offset)
                continue
            }
            var pipingSite = site
            pipingSite.path = path
            pipingSite.role = site.role
            _ = typeOf(reference, offset: found.offset, at: pipingSite)
        }
    }

    /// The texts of an item with their paths.
    func texts(of item: SurveyItem, path: String) -> [TextEntry] {
        switch item {
        case .note(let note):
            return [TextEntry(name: "text", text: note.text, path: path + "/text")]
        case .why(let probe):
            var entries = [TextEntry(name: "text", text: probe.text, path: path + "/text")]
            if probe.ladderDepth > 1 { entries.append(TextEntry(name: "ladder", text: probe.ladderText, path: path + "/ladder")) }
            return entries
        case .what(let question):
            var entries = [TextEntry(name: "text", text: question.text, path: path + "/text")]
            if let help = question.help { entries.append(TextEntry(name: "help", text: help, path: path + "/help")) }
            for option in inlineOptions(question) {
                entries.append(
                    TextEntry(name: "option '\(option.code)'", text: option.label, path: "\(path)/option:\(option.code)/label"))
            }
            func scale(_ scale: RatingScale, _ name: String) {
                for label in scale.labels {
                    entries.append(
                        TextEntry(name: "\(name) label \(label.value)", text: label.text,
                            path: "\(path)/\(name)/label:\(label.value)"))
                }
            }
            switch question.kind {
            case .rating(let ratingScale), .matrix(_, let ratingScale): scale(ratingScale, "scale")
            case .importance(_, let importance, let performance):
                scale(importance, "scale")
                if let performance { scale(performance, "performance") }
            case .nps(let labels):
                entries.append(TextEntry(name: "low", text: labels.low, path: path + "/low"))
                entries.append(TextEntry(name: "high", text: labels.high, path: path + "/high"))
            case .kano(let features):
                for feature in features {
                    let base = "\(path)/option:\(feature.code)"
                    entries.append(TextEntry(name: "feature '\(feature.code)'", text: feature.label, path: base + "/label"))
                    entries.append(TextEntry(name: "functional '\(feature.code)'", text: feature.functional,
                        path: base + "/functional"))
                    entries.append(TextEntry(name: "dysfunctional '\(feature.code)'", text: feature.dysfunctional,
                        path: base + "/dysfunctional"))
                }
            default: break
            }
            for (index, check) in question.checks.enumerated() {
                entries.append(TextEntry(name: "check message \(index + 1)", text: check.message,
                    path: "\(path)/check:\(index)/message"))
            }
            return entries
        }
    }

    /// Warns about option lists and segments that nothing uses.
    mutating func checkUsage() {
        for list in survey.optionLists where !usedLists.contains(list.id) {
            warning("option list '\(list.id)' is never used", code: "unused", at: "list:" + list.id)
        }
        for segment in survey.segments where !usedNames.contains(segment.id) {
            warning("segment '\(segment.id)' is never used in a condition or quota", code: "unused",
                at: "segment:" + segment.id)
        }
    }
}
