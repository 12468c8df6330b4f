import SurveyModel

extension QualtricsConverter {
    /// Converts one question (`SQ` payload) into a question, why probe or note; nil when it is dropped. A question
    /// without a `QuestionType` is an error at its payload.
    mutating func question(_ payload: JSONPathNode) throws(ConversionError) -> SurveyItem? {
        guard let type = payload["QuestionType"]?.scalar else {
            throw ConversionError(file: file, location: payload.path, "a question without a QuestionType")
        }
        let qid = payload["QuestionID"]?.scalar ?? ""
        let name = payload["DataExportTag"]?.scalar ?? qid
        if ["Timing", "Meta", "Captcha"].contains(type) {
            report.add(payload.path, "question type \(type) (\"\(name)\")", "dropped (it records no answer)")
            return nil
        }
        let id = ids.itemID(name, location: payload.path, report: &report)
        let text = localized(payload, ["QuestionText"]) ?? LocalizedText(name)
        let when = payload["DisplayLogic"].flatMap { logic($0, dropped: "the question is always asked") }
        if type == "DB" {
            lastItem = .note(Note(id: id, text: text, when: when))
            return lastItem
        }
        let required = payload["Validation"]?["Settings"]?["ForceResponse"]?.scalar == "ON"
        let (kind, symbolKind) = whatKind(payload, type: type, id: id, qid: qid)
        reportUnsupportedSettings(payload, id: id)
        if case .text = kind,
            let probe = InteropWhyProbe.probe(
                id: id, text: text, when: when, required: required, previous: lastItem, at: payload.path,
                report: &report)
        {
            lastItem = .why(probe)
            return lastItem
        }
        if let symbolKind { symbols[qid] = InteropSymbol(id: id, kind: symbolKind) }
        lastItem = .what(WhatQuestion(id: id, text: text, kind: kind, when: when, required: required))
        return lastItem
    }

    /// Reports the settings of a question that voc does not carry over (so none is dropped silently): skip logic,
    /// choice randomization and validation other than forcing a response or a number or date content type.
    private mutating func reportUnsupportedSettings(_ payload: JSONPathNode, id: String) {
        if let skip = payload["SkipLogic"], !skip.keys.isEmpty || !skip.elements.isEmpty {
            report.add(skip.path, "skip logic (\"\(id)\")", "not translated; the survey goes on to the next question")
        }
        if let randomization = payload["Randomization"], let type = randomization["Type"]?.scalar,
            !["", "None"].contains(type)
        {
            report.add(
                randomization.path, "choice randomization \(type) (\"\(id)\")",
                "not carried over; the choices keep their file order")
        }
        if let settings = payload["Validation"]?["Settings"], let type = settings["Type"]?.scalar,
            !["", "None", "ContentType"].contains(type)
        {
            report.add(settings.path, "validation \(type) (\"\(id)\")", "not carried over; answers are not checked")
        }
    }

    /// The voc kind of a question and how expressions see its answer (nil for a matrix, whose rows are symbols).
    private mutating func whatKind(
        _ payload: JSONPathNode, type: String, id: String, qid: String
    ) -> (WhatKind, InteropSymbol.Kind?) {
        let selector = payload["Selector"]?.scalar ?? ""
        switch type {
        case "MC":
            if selector == "NPS" { return (.nps(labels: NPSLabels()), .number) }
            let (options, codes) = choices(payload)
            if options.isEmpty {
                report.add(payload.path, "MC question \"\(id)\" without choices", "kept as a text question")
                return (.text(maxLength: nil, pattern: nil), .other)
            }
            switch selector {
            case "MAVR", "MAHR", "MACOL", "MSB":
                return (.multipleChoice(options: .inline(options), min: nil, max: nil), .choices(codes))
            case "SAVR", "SAHR", "SACOL", "DL", "SB": break
            default:
                report.add(payload.path, "MC selector \(selector) (\"\(id)\")", "kept as a single choice")
            }
            return (.singleChoice(options: .inline(options)), .choice(codes))
        case "Matrix" where selector == "Likert" || selector == "Bipolar":
            return (matrix(payload, id: id, qid: qid), nil)
        case "Slider":
            return slider(payload, id: id, qid: qid)
        case "RO":
            let (options, codes) = choices(payload)
            return (.ranking(items: .inline(options), top: nil), .choices(codes))
        case "TE":
            switch payload["Validation"]?["Settings"]?["ContentType"]?.scalar {
            case "ValidNumber": return (.numeric(integer: false, min: nil, max: nil, unit: nil), .number)
            case "ValidDate": return (.date(min: nil, max: nil), .other)
            default: break
            }
            if selector == "FORM" || selector == "PW" {
                report.add(payload.path, "TE selector \(selector) (\"\(id)\")", "kept as one text question")
            }
            return (.text(maxLength: nil, pattern: nil), .other)
        default:
            let what = type == "Matrix" ? "Matrix selector \(selector)" : "question type \(type)"
            report.add(payload.path, "\(what) (\"\(id)\")", "not a voc question type; kept as a text question")
            return (.text(maxLength: nil, pattern: nil), .other)
        }
    }

    /// A `Matrix` (Likert) as a voc matrix: the choices its rows, the answers its scale (their recode values
    /// when those are consecutive whole numbers, else 1...n, reported); other sub-selectors are reported.
    private mutating func matrix(_ payload: JSONPathNode, id: String, qid: String) -> WhatKind {
        let rows = choices(payload, recoded: false).0
        let (answers, answerCodes) = choices(payload, key: "Answers", order: "AnswerOrder")
        let subSelector = payload["SubSelector"]?.scalar ?? "SingleAnswer"
        if subSelector != "SingleAnswer" || payload["Selector"]?.scalar != "Likert" {
            report.add(
                payload.path, "Matrix \(payload["Selector"]?.scalar ?? "") \(subSelector) (\"\(id)\")",
                "converted to a matrix with one rating per row")
        }
        var values = answerCodes
        var scale = InteropScale.consecutive(answers)
        if scale == nil {
            let numbered = answers.enumerated().map { ChoiceOption(code: "\($0.offset + 1)", label: $0.element.label) }
            scale = InteropScale.consecutive(numbered)
            values = answerCodes.mapValues { code in String((answers.firstIndex { $0.code == code } ?? 0) + 1) }
            report.add(
                payload["Answers"]?.path ?? payload.path,
                "answers of matrix \"\(id)\" that are not whole numbers in a row",
                "scored 1 to \(answers.count) in their order")
        }
        matrixAnswers[qid] = values
        for row in rows { symbols["\(qid).\(row.code)"] = InteropSymbol(id: id, part: row.code, kind: .number) }
        return .matrix(rows: rows, scale: scale ?? RatingScale(min: 1, max: 2))
    }

    /// A `Slider`: a rating scale from `CSSliderMin` to `CSSliderMax` (0-100 by default) for one slider, a matrix
    /// of such rows for several.
    private mutating func slider(_ payload: JSONPathNode, id: String, qid: String) -> (WhatKind, InteropSymbol.Kind?) {
        let configuration = payload["Configuration"]
        let low = Int(configuration?["CSSliderMin"]?.number ?? 0)
        let high = Int(configuration?["CSSliderMax"]?.number ?? 100)
        let scale = RatingScale(min: low, max: high)
        let rows = choices(payload, recoded: false).0
        guard rows.count > 1 else { return (.rating(scale: scale), .number) }
        for row in rows { symbols["\(qid).\(row.code)"] = InteropSymbol(id: id, part: row.code, kind: .number) }
        return (.matrix(rows: rows, scale: scale), nil)
    }

    /// The options of `key` in the order of `order` (the object's key order without it), with codes from
    /// `RecodeValues` when `recoded` (else the choice ids); a choice with `TextEntry` is an "other" option, one
    /// with `ExclusiveAnswer` exclusive. Returns choice id → voc code for display logic.
    mutating func choices(
        _ payload: JSONPathNode, key: String = "Choices", order: String = "ChoiceOrder", recoded: Bool = true
    ) -> ([ChoiceOption], [String: String]) {
        guard let node = payload[key] else { return ([], [:]) }
        let ids = payload[order]?.elements.compactMap(\.scalar) ?? node.keys
        var sources: [(code: String, location: String)] = []
        var found: [(id: String, choice: JSONPathNode)] = []
        for id in ids {
            guard let choice = node[id] else { continue }
            sources.append(((recoded ? payload["RecodeValues"]?[id]?.scalar : nil) ?? id, choice.path))
            found.append((id, choice))
        }
        let codes = InteropIdentifiers.codes(sources, report: &report)
        var options: [ChoiceOption] = []
        for ((id, choice), code) in zip(found, codes) {
            let label = localized(payload, [key, id, "Display"]) ?? LocalizedText(code)
            let other = ["on", "true"].contains(choice["TextEntry"]?.scalar ?? "")
            let exclusive = choice["ExclusiveAnswer"]?.bool == true
            options.append(
                ChoiceOption(code: code, label: label, anchored: other || exclusive, exclusive: exclusive, other: other)
            )
        }
        return (options, Dictionary(zip(found.map(\.id), codes), uniquingKeysWith: { first, _ in first }))
    }

    /// The text at `keys` below `payload` without its HTML, with its translations from `Language` (the same keys
    /// below each language code) and its piping rewritten for voc; nil when absent or empty.
    mutating func localized(_ payload: JSONPathNode, _ keys: [String]) -> LocalizedText? {
        func lookup(_ node: JSONPathNode?) -> String? {
            keys.reduce(node) { $0?[$1] }?.scalar.map { InteropHTML.text(Self.questionPipes($0)) }
        }
        guard let main = lookup(payload), !main.isEmpty else { return nil }
        var translations: [String: String] = [:]
        if let language = payload["Language"] {
            for code in language.keys {
                let tag = QualtricsDocument.tag(code)
                guard tag != defaultLanguage, let text = lookup(language[code]), !text.isEmpty else { continue }
                translations[tag] = text
                if !languages.contains(tag) { languages.append(tag) }
            }
        }
        let piped = InteropPiping.rewrite(LocalizedText(main, translations: translations), symbols: symbols)
        let location = ([payload.path] + keys).joined(separator: ".")
        for name in piped.unresolved {
            report.add(location, "${\(name)} in a text", "not an earlier question; kept as the plain text [\(name)]")
        }
        return piped.text
    }

    /// `text` with each piped answer `${q://QID1/ChoiceGroup/SelectedChoices}` written `${QID1}`.
    static func questionPipes(_ text: String) -> String {
        text.replacing(/\$\{q:\/\/(QID[0-9]+)\/[^}]*\}/) { match in "${\(match.1)}" }
    }
}
