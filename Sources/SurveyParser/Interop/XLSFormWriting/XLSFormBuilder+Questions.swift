import SurveyModel

extension XLSFormBuilder {
    /// The cells every question row has: name, label, hint, condition and `required`.
    mutating func questionRow(_ question: WhatQuestion, type: String) -> Row {
        let path = "item:\(question.id)"
        var row: Row = ["type": type, "name": question.id]
        row.merge(cells("label", piped(question.text, at: path + "/text")), uniquingKeysWith: { $1 })
        row.merge(cells("hint", piped(question.help, at: path + "/help")), uniquingKeysWith: { $1 })
        row["relevant"] = xpath(
            question.when, at: path + "@when", construct: "condition of \"\(question.id)\"",
            dropped: "the question is always asked")
        if question.required { row["required"] = "yes" }
        return row
    }

    /// A what question: choice, rating, NPS, numeric, text, date and ranking questions as one row; grids, Kano
    /// and MaxDiff questions as `XLSFormBuilder+Grids` writes them.
    mutating func what(_ question: WhatQuestion) {
        let path = "item:\(question.id)"
        var constraints: [String] = []
        var row: Row
        switch question.kind {
        case .singleChoice(let source):
            row = questionRow(question, type: "select_one \(choiceList(source, of: question))")
        case .multipleChoice(let source, let min, let max):
            row = questionRow(question, type: "select_multiple \(choiceList(source, of: question))")
            if let min { constraints.append("count-selected(.) >= \(min)") }
            if let max { constraints.append("count-selected(.) <= \(max)") }
            for option in survey.options(source) where option.exclusive {
                constraints.append("not(selected(., '\(option.code)')) or count-selected(.) = 1")
            }
        case .rating(let scale):
            row = questionRow(question, type: "select_one \(scaleList(scale))")
            row["appearance"] = "likert"
        case .nps(let labels):
            row = questionRow(question, type: "range")
            row["parameters"] = "start=0 end=10 step=1"
            add(
                path, "NPS end labels \"\(labels.low.text)\" and \"\(labels.high.text)\"",
                "dropped (an XLSForm range has no end labels); written as a range from 0 to 10")
        case .numeric(let integer, let min, let max, let unit):
            row = questionRow(question, type: integer ? "integer" : "decimal")
            if let min { constraints.append(". >= \(Value.format(min))") }
            if let max { constraints.append(". <= \(Value.format(max))") }
            if let unit { add(path, "unit \"\(unit)\"", "dropped (XLSForm has no units); say it in the label") }
        case .text(let maxLength, let pattern):
            row = questionRow(question, type: "text")
            if let maxLength { constraints.append("string-length(.) <= \(maxLength)") }
            if let pattern {
                if pattern.contains("'") {
                    add(path, "pattern \"\(pattern)\"", "dropped (it holds a ', which an XLSForm string cannot)")
                } else {
                    constraints.append("regex(., '\(pattern)')")
                }
            }
        case .date(let min, let max):
            row = questionRow(question, type: "date")
            if let min { constraints.append(". >= date('\(min)')") }
            if let max { constraints.append(". <= date('\(max)')") }
        case .ranking(let items, let top):
            row = questionRow(question, type: "rank \(choiceList(items, of: question))")
            if let top { add(path, "ranking of the top \(top)", "dropped (an XLSForm rank orders every item)") }
        case .matrix(let rows, let scale):
            grid(question, rows: rows, scale: scale)
            return
        case .importance(let needs, let scale, let performance):
            importance(question, needs: needs, scale: scale, performance: performance)
            return
        case .kano(let features):
            kano(question, features: features)
            return
        case .maxDiff(let items, let perSet, let sets, let seed):
            maxDiff(question, items: items, perSet: perSet, sets: sets, seed: seed)
            return
        }
        var messages: [LocalizedText] = []
        for (index, check) in question.checks.enumerated() {
            let checkPath = "\(path)/check:\(index)"
            guard
                let condition = xpath(
                    check.condition, at: checkPath + "@when", construct: "check of \"\(question.id)\"",
                    dropped: "the answer is not checked", current: question.id)
            else { continue }
            constraints.append(condition)
            messages.append(check.message)
            if check.severity == .soft {
                add(checkPath, "soft check of \"\(question.id)\"", "written as a constraint, which ODK enforces")
            }
        }
        if !constraints.isEmpty {
            row["constraint"] =
                constraints.count == 1 ? constraints[0] : constraints.map { "(\($0))" }.joined(separator: " and ")
        }
        if !messages.isEmpty { row.merge(cells("constraint_message", joined(messages)), uniquingKeysWith: { $1 }) }
        if question.randomize, case .singleChoice = question.kind {
            row["parameters"] = "randomize=true"
        } else if question.randomize, case .multipleChoice = question.kind {
            row["parameters"] = "randomize=true"
        } else if question.randomize {
            add(path, "random order of \"\(question.id)\"", "dropped; the items keep their order")
        }
        reportAnswerOptions(question)
        surveyRows.append(row)
        specifyRows(question)
    }

    /// Report items for what every question may carry that XLSForm has no column for.
    mutating func reportAnswerOptions(_ question: WhatQuestion) {
        let path = "item:\(question.id)"
        if question.allowDontKnow || question.allowRefused {
            let which = [question.allowDontKnow ? "don't know" : nil, question.allowRefused ? "refused" : nil]
                .compactMap { $0 }.joined(separator: " and ")
            add(path, "\(which) of \"\(question.id)\"", "not offered (XLSForm has no special answers)")
        }
        if question.personal {
            add(path, "personal data mark of \"\(question.id)\"", "dropped; protect the column on the server")
        }
        if question.attentionCheck != nil {
            add(
                path + "/attention-check", "attention check of \"\(question.id)\"",
                "dropped; run voc quality after import")
        }
        if question.randomize, case .singleChoice = question.kind {
            reportAnchors(question)
        } else if question.randomize, case .multipleChoice = question.kind {
            reportAnchors(question)
        }
    }

    private mutating func reportAnchors(_ question: WhatQuestion) {
        let anchored = survey.options(of: question).filter(\.anchored).map(\.code)
        guard !anchored.isEmpty else { return }
        add(
            "item:\(question.id)", "anchored options \(anchored.joined(separator: ", ")) of \"\(question.id)\"",
            "shuffled with the others (XLSForm's randomize has no anchors)")
    }

    /// `texts` joined with a space, in each language.
    private func joined(_ texts: [LocalizedText]) -> LocalizedText {
        var result = LocalizedText(texts.map(\.text).joined(separator: " "))
        for language in languages.dropFirst() {
            let translated = texts.compactMap { $0.translations[language] }
            if translated.count == texts.count { result.translations[language] = translated.joined(separator: " ") }
        }
        return result
    }

    /// A why probe as a `text` question (appearance `multiline`) asked only when the probed question was
    /// answered and the probe's condition holds; `{answer}` pipes that answer. A ladder is flattened to its first
    /// step, a probe of each selected option asked once; both are reported.
    mutating func why(_ probe: WhyProbe) {
        let path = "item:\(probe.id)"
        var row: Row = ["type": "text", "name": probe.id, "appearance": "multiline"]
        row.merge(cells("label", piped(probe.text, at: path + "/text", answer: probe.about)), uniquingKeysWith: { $1 })
        let answered = "${\(probe.about)} != ''"
        if let condition = xpath(
            probe.when, at: path + "@when", construct: "condition of \"\(probe.id)\"",
            dropped: "asked whenever \"\(probe.about)\" is answered")
        {
            let aboutProbed = probe.when?.references.contains { $0.id == probe.about } ?? false
            row["relevant"] = aboutProbed ? condition : "\(answered) and (\(condition))"
        } else {
            row["relevant"] = answered
        }
        if probe.required { row["required"] = "yes" }
        if probe.ladderDepth > 1 {
            add(
                path, "why ladder \"\(probe.id)\" of \(probe.ladderDepth) steps",
                "flattened to its first question (XLSForm cannot ask \"\(probe.ladderText.text)\" about each answer)")
        }
        if probe.target == .eachSelected {
            add(
                path, "probe of each selected option",
                "asked once about the whole answer (XLSForm cannot repeat a question per option)")
        }
        if let codebook = probe.codebook {
            add(path, "codebook \"\(codebook)\" of \"\(probe.id)\"", "not in the XLSForm; code the answers in voc")
        }
        surveyRows.append(row)
    }

    /// A note as an XLSForm `note`; an instruction or stimulus is reported, since ODK shows it like any note.
    mutating func note(_ note: Note) {
        let path = "item:\(note.id)"
        var row: Row = ["type": "note", "name": note.id]
        row.merge(cells("label", piped(note.text, at: path + "/text")), uniquingKeysWith: { $1 })
        row["relevant"] = xpath(
            note.when, at: path + "@when", construct: "condition of \"\(note.id)\"", dropped: "the note is always shown"
        )
        if note.kind != .info {
            add(path, "\(note.kind.rawValue) note \"\(note.id)\"", "shown to the respondent like any note")
        }
        surveyRows.append(row)
    }
}
