import SurveyModel

extension SurveyXMLEncoder {
    static func what(_ question: WhatQuestion) -> XMLElementOut {
        var attributes: [(String, String?)] = [
            ("id", question.id), ("type", question.kind.keyword), ("when", question.when?.source),
            ("required", flag(question.required, default: true)),
            ("dont-know", flag(question.allowDontKnow, default: false)),
            ("refused", flag(question.allowRefused, default: false)),
            ("randomize", flag(question.randomize, default: false)),
            ("personal", flag(question.personal, default: false)),
        ]
        var children = texts("text", question.text)
        if let help = question.help { children += texts("help", help) }
        switch question.kind {
        case .singleChoice(let source):
            children.append(options(source))
        case .multipleChoice(let source, let min, let max):
            attributes += [("min", min.map(String.init)), ("max", max.map(String.init))]
            children.append(options(source))
        case .rating(let scale):
            children.append(self.scale("scale", scale))
        case .nps(let labels):
            children += texts("low", labels.low) + texts("high", labels.high)
        case .numeric(let integer, let min, let max, let unit):
            attributes += [
                ("min", min.map(Value.format)), ("max", max.map(Value.format)),
                ("integer", flag(integer, default: false)), ("unit", unit),
            ]
        case .text(let maxLength, let pattern):
            attributes += [("max-length", maxLength.map(String.init)), ("pattern", pattern)]
        case .date(let min, let max):
            attributes += [("min", min), ("max", max)]
        case .ranking(let source, let top):
            attributes.append(("top", top.map(String.init)))
            children.append(options(source))
        case .matrix(let rows, let scale):
            children += [XMLElementOut("rows", children: rows.map(option)), self.scale("scale", scale)]
        case .importance(let needs, let scale, let performance):
            children += [XMLElementOut("needs", children: needs.map(option)), self.scale("scale", scale)]
            if let performance { children.append(self.scale("performance", performance)) }
        case .maxDiff(let items, let perSet, let sets, let seed):
            attributes += [("per-set", String(perSet)), ("sets", String(sets)), ("seed", String(seed))]
            children.append(XMLElementOut("items", children: items.map(option)))
        case .kano(let features):
            children += features.map { feature in
                XMLElementOut(
                    "feature", [("code", feature.code)],
                    children: texts("label", feature.label) + texts("functional", feature.functional)
                        + texts("dysfunctional", feature.dysfunctional))
            }
        }
        children += question.checks.map { check in
            XMLElementOut(
                "check", [("when", check.condition.source), ("severity", check.severity == .hard ? nil : "soft")],
                children: texts("message", check.message))
        }
        if let check = question.attentionCheck {
            children.append(
                XMLElementOut(
                    "attention-check", [("row", check.row), ("expect", check.expected.joined(separator: " "))]))
        }
        return XMLElementOut("what", attributes, children: children)
    }

    private static func options(_ source: OptionSource) -> XMLElementOut {
        switch source {
        case .list(let id): XMLElementOut("options", [("list", id)])
        case .inline(let options): XMLElementOut("options", children: options.map(option))
        }
    }

    private static func scale(_ name: String, _ scale: RatingScale) -> XMLElementOut {
        XMLElementOut(
            name, [("min", String(scale.min)), ("max", String(scale.max))],
            children: scale.labels.flatMap { texts("label", $0.text, [("value", String($0.value))]) })
    }
}
