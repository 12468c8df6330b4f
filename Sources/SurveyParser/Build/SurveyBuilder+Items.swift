import SurveyModel

extension SurveyBuilder {
    mutating func section(_ node: SourceNode) -> Section? {
        guard let (id, path) = identify(node, as: "section") else { return nil }
        var section = Section(
            id: id,
            title: localized(node, child: "title", path: path, ownerName: "section '\(id)'", required: false),
            when: expression(node, "when", path: path),
            randomize: bool(node, "randomize", path: path, default: false))
        if node.attribute("stage") != nil {
            section.stage = keyword(node, "stage", path: path, default: DiscussionStage.opening)
        }
        section.minutes = int(node, "minutes", path: path)
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
        let text = localized(node, child: "text", path: path, ownerName: "note '\(id)'", required: true)
        let kind = keyword(node, "kind", path: path, default: NoteKind.info)
        let when = expression(node, "when", path: path)
        guard let text else { return nil }
        return Note(id: id, text: text, when: when, kind: kind)
    }

    private mutating func why(_ node: SourceNode) -> WhyProbe? {
        guard let (id, path) = identify(node, as: "item") else { return nil }
        let owner = "why probe '\(id)'"
        let about = string(node, "about", path: path, required: true)
        let text = localized(node, child: "text", path: path, ownerName: owner, required: true)
        let ladder = localized(node, child: "ladder", path: path, ownerName: owner, required: false)
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
        let owner = "question '\(id)'"
        let text = localized(node, child: "text", path: path, ownerName: owner, required: true)
        let help = localized(node, child: "help", path: path, ownerName: owner, required: false)
        let when = expression(node, "when", path: path)
        var checks: [Check] = []
        for (position, child) in node.children("check").enumerated() {
            let checkPath = path + "/check:\(position)"
            record(checkPath, child)
            let condition = expression(child, "when", path: checkPath, required: true)
            let severity = keyword(child, "severity", path: checkPath, default: CheckSeverity.hard)
            let message = localized(child, child: "message", path: checkPath, ownerName: "a check of \(owner)",
                required: true)
            if let condition, let message {
                checks.append(Check(condition: condition, severity: severity, message: message))
            }
        }
        guard let typeText = string(node, "type", path: path, required: true) else { return nil }
        guard let kind = whatKind(typeText, node, path: path, owner: owner) else { return nil }
        guard let text else { return nil }
        return WhatQuestion(
            id: id, text: text, help: help, kind: kind, when: when,
            required: bool(node, "required", path: path, default: true),
            allowDontKnow: bool(node, "dont-know", path: path, default: false),
            allowRefused: bool(node, "refused", path: path, default: false),
            randomize: bool(node, "randomize", path: path, default: false), checks: checks,
            personal: bool(node, "personal", path: path, default: false))
    }

    /// An option (or row, need, item), recorded at `parent/option:CODE`.
    mutating func option(_ node: SourceNode, parent: String) -> ChoiceOption? {
        guard let code = node.attribute("code") else {
            error("missing 'code' on option", code: "missing-value", at: node.offset)
            return nil
        }
        let path = sourceMap.recordElement(parent + "/option:" + code.value, start: node.offset)
        sourceMap.record(path + "@code", start: code.valueStart, end: code.valueEnd)
        let owner = "option '\(code.value)'"
        var labelNodes = node.children("label")
        if !node.text.isEmpty {
            var inline = node
            inline.name = "label"
            inline.attributes = []
            labelNodes.insert(inline, at: 0)
        }
        guard let label = localized(labelNodes, path: path + "/label", owner: node, ownerName: owner, required: false)
        else {
            if !labelNodes.contains(where: { $0.attribute("lang") != nil }) {
                error("option '\(code.value)' has no label", code: "missing-text", at: node.offset)
            }
            return nil
        }
        return ChoiceOption(
            code: code.value, label: label, anchored: bool(node, "anchored", path: path, default: false),
            exclusive: bool(node, "exclusive", path: path, default: false),
            other: bool(node, "other", path: path, default: false), when: expression(node, "when", path: path))
    }

    /// A rating scale from a `scale` or `performance` node, recorded at `path`.
    mutating func scale(_ node: SourceNode, path: String) -> RatingScale? {
        record(path, node)
        let min = int(node, "min", path: path, required: true)
        let max = int(node, "max", path: path, required: true)
        var labels: [ScaleLabel] = []
        var groups: [Int: [SourceNode]] = [:]
        var order: [Int] = []
        for label in node.children("label") {
            guard let value = int(label, "value", path: path + "/label", required: true) else { continue }
            if groups[value] == nil { order.append(value) }
            groups[value, default: []].append(label)
        }
        for value in order.sorted() {
            let labelPath = path + "/label:\(value)"
            sourceMap.record(labelPath, start: groups[value]![0].offset, end: groups[value]![0].offset)
            if let text = localized(groups[value]!, path: labelPath, owner: node,
                ownerName: "scale point \(value)", required: false)
            {
                labels.append(ScaleLabel(value: value, text: text))
            }
        }
        guard let min, let max else { return nil }
        return RatingScale(min: min, max: max, labels: labels)
    }
}
