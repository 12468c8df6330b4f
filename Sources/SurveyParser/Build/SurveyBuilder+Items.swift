import SurveyModel

extension SurveyBuilder {
    mutating func section(_ node: SourceNode) -> Section? {
        guard let (id, path) = identify(node, as: "section") else { return nil }
        var section = Section(
            id: id,
            title: localized(node, child: "title", ownerName: "section '\(id)'", required: false),
            when: expression(node, "when", path: path),
            randomize: bool(node, "randomize", path: path, default: false),
            rotate: bool(node, "rotate", path: path, default: false))
        if node.attribute("stage") != nil {
            section.stage = keyword(node, "stage", path: path, default: DiscussionStage.opening)
        }
        section.minutes = int(node, "minutes", path: path)
        if node.attribute("page") != nil {
            section.page = keyword(node, "page", path: path, default: PageLayout.question)
        }
        if let minutes = section.minutes, minutes <= 0 {
            error("'minutes' must be positive", code: "bad-value", at: node.attribute("minutes")!.valueStart)
        }
        for child in node.children {
            switch child.name {
            case "what": if let question = what(child) { section.items.append(.what(question)) }
            case "why": if let probe = why(child) { section.items.append(.why(probe)) }
            case "note": if let note = note(child) { section.items.append(.note(note)) }
            default: break
            }
        }
        return section
    }

    private mutating func note(_ node: SourceNode) -> Note? {
        guard let (id, path) = identify(node, as: "item") else { return nil }
        let text = localized(node, child: "text", ownerName: "note '\(id)'", required: true)
        let kind = keyword(node, "kind", path: path, default: NoteKind.info)
        let when = expression(node, "when", path: path)
        guard let text else { return nil }
        return Note(id: id, text: text, when: when, kind: kind)
    }

    private mutating func why(_ node: SourceNode) -> WhyProbe? {
        guard let (id, path) = identify(node, as: "item") else { return nil }
        let owner = "why probe '\(id)'"
        let about = string(node, "about", path: path, required: true)
        let text = localized(node, child: "text", ownerName: owner, required: true)
        let ladder = localized(node, child: "ladder", ownerName: owner, required: false)
        var probe = WhyProbe(
            id: id, about: about ?? "", text: text ?? "", when: expression(node, "when", path: path),
            target: keyword(node, "for", path: path, default: ProbeTarget.answer),
            ladderDepth: int(node, "depth", path: path) ?? 1, ladderText: ladder ?? WhyProbe.defaultLadderText,
            codebook: string(node, "codebook", path: path),
            required: bool(node, "required", path: path, default: false))
        if probe.ladderDepth < 1 || probe.ladderDepth > 10 {
            error("'depth' must be between 1 and 10", code: "bad-value", at: node.attribute("depth")!.valueStart)
            probe.ladderDepth = 1
        }
        guard about != nil, text != nil else { return nil }
        return probe
    }

    private mutating func what(_ node: SourceNode) -> WhatQuestion? {
        guard let (id, path) = identify(node, as: "item") else { return nil }
        let text = localized(node, child: "text", ownerName: "question '\(id)'", required: true)
        let help = localized(node, child: "help", ownerName: "question '\(id)'", required: false)
        let when = expression(node, "when", path: path)
        var checks: [Check] = []
        var position = -1
        for child in node.children where child.name == "check" {
            position += 1
            let checkPath = path + "/check:\(position)"
            let condition = expression(child, "when", path: checkPath, required: true)
            let severity = keyword(child, "severity", path: checkPath, default: CheckSeverity.hard)
            let message = localized(
                child, child: "message", ownerName: "a check of question '\(id)'",
                required: true)
            if let condition, let message {
                checks.append(Check(condition: condition, severity: severity, message: message))
            }
        }
        let attentionCheck = node.child("attention-check").map { self.attentionCheck($0, path: path) }
        guard let typeText = string(node, "type", path: path, required: true) else { return nil }
        guard let kind = whatKind(typeText, node, path: path, owner: "question '\(id)'") else { return nil }
        guard let text else { return nil }
        return WhatQuestion(
            id: id, text: text, help: help, kind: kind, when: when,
            required: bool(node, "required", path: path, default: true),
            allowDontKnow: bool(node, "dont-know", path: path, default: false),
            allowRefused: bool(node, "refused", path: path, default: false),
            randomize: bool(node, "randomize", path: path, default: false), checks: checks,
            personal: bool(node, "personal", path: path, default: false), attentionCheck: attentionCheck)
    }

    /// An `<attention-check row="CODE" expect="A B"/>` (JSON: `{"row": "CODE", "expect": ["A", "B"]}`): the
    /// accepted answers are split at spaces and commas, so `expect="4 5"` and `expect="4,5"` are the same. An
    /// empty list, unknown codes and values off the scale are reported by `SurveyValidator`, which knows the
    /// question's options (also from shared lists) and scales.
    private mutating func attentionCheck(_ node: SourceNode, path: String) -> AttentionCheck {
        let checkPath = path + "/attention-check"
        let expected = (string(node, "expect", path: checkPath, required: true) ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map(String.init)
        return AttentionCheck(row: string(node, "row", path: checkPath), expected: expected)
    }

    /// An option (or row, need, item), recorded at `parent/option:CODE`.
    mutating func option(_ node: SourceNode, parent: String) -> ChoiceOption? {
        guard let code = node.attribute("code") else {
            error("missing 'code' on option", code: "missing-value", at: node.offset)
            return nil
        }
        guard
            let label = localized(
                node, child: "label", ownerName: "option '\(code.value)'", required: false,
                inline: true)
        else {
            if !node.children.contains(where: { $0.name == "label" && $0.attribute("lang") != nil }) {
                error("option '\(code.value)' has no label", code: "missing-text", at: node.offset)
            }
            return nil
        }
        return ChoiceOption(
            code: code.value, label: label, anchored: bool(node, "anchored", path: parent, default: false),
            exclusive: bool(node, "exclusive", path: parent, default: false),
            other: bool(node, "other", path: parent, default: false), when: expression(node, "when", path: parent))
    }

    /// A rating scale from a `scale` or `performance` node, recorded at `path`.
    mutating func scale(_ node: SourceNode, path: String) -> RatingScale? {
        let min = int(node, "min", path: path, required: true)
        let max = int(node, "max", path: path, required: true)
        var labels: [ScaleLabel] = []
        var values: [Int] = []
        for label in node.children where label.name == "label" {
            guard let value = int(label, "value", path: path + "/label", required: true) else { continue }
            if !values.contains(value) { values.append(value) }
        }
        for value in values.sorted() {
            let text = String(value)
            if let label = localized(
                node, child: "label", ownerName: "scale point \(value)", required: false,
                matching: { $0.attribute("value")?.value.trimmingXMLSpace() == text })
            {
                labels.append(ScaleLabel(value: value, text: label))
            }
        }
        guard let min, let max else { return nil }
        return RatingScale(min: min, max: max, labels: labels)
    }
}
