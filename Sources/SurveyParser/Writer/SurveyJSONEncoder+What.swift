import SurveyModel
import SurveyText

extension SurveyJSONEncoder {
    static func what(_ question: WhatQuestion, _ lang: String) -> JSONOutput {
        var object: [(String, JSONOutput)] = [
            ("id", .string(question.id)), ("type", .string(question.kind.keyword)), ("text", text(question.text, lang)),
        ]
        if let help = question.help { object.append(("help", text(help, lang))) }
        if let when = question.when { object.append(("when", .string(when.source))) }
        if !question.required { object.append(("required", .bool(false))) }
        if question.allowDontKnow { object.append(("dont-know", .bool(true))) }
        if question.allowRefused { object.append(("refused", .bool(true))) }
        if question.randomize { object.append(("randomize", .bool(true))) }
        if question.personal { object.append(("personal", .bool(true))) }
        func options(_ list: [ChoiceOption]) -> JSONOutput { .array(list.map { option($0, lang) }) }
        func source(_ source: OptionSource) -> JSONOutput {
            switch source {
            case .list(let id): .object([("list", .string(id))])
            case .inline(let list): options(list)
            }
        }
        func number(_ value: Int?) -> JSONOutput? { value.map { .raw(String($0)) } }
        var extra: [(String, JSONOutput?)] = []
        switch question.kind {
        case .singleChoice(let options): extra = [("options", source(options))]
        case .multipleChoice(let options, let min, let max):
            extra = [("min", number(min)), ("max", number(max)), ("options", source(options))]
        case .rating(let scale): extra = [("scale", self.scale(scale, lang))]
        case .nps(let labels): extra = [("low", text(labels.low, lang)), ("high", text(labels.high, lang))]
        case .numeric(let integer, let min, let max, let unit):
            extra = [
                ("min", min.map { .raw(Value.format($0)) }), ("max", max.map { .raw(Value.format($0)) }),
                ("integer", integer ? .bool(true) : nil), ("unit", unit.map(JSONOutput.string)),
            ]
        case .text(let maxLength, let pattern):
            extra = [("max-length", number(maxLength)), ("pattern", pattern.map(JSONOutput.string))]
        case .date(let min, let max):
            extra = [("min", min.map(JSONOutput.string)), ("max", max.map(JSONOutput.string))]
        case .ranking(let items, let top): extra = [("top", number(top)), ("options", source(items))]
        case .matrix(let rows, let scale): extra = [("rows", options(rows)), ("scale", self.scale(scale, lang))]
        case .importance(let needs, let scale, let performance):
            extra = [
                ("needs", options(needs)), ("scale", self.scale(scale, lang)),
                ("performance", performance.map { self.scale($0, lang) }),
            ]
        case .maxDiff(let items, let perSet, let sets, let seed):
            extra = [
                ("per-set", number(perSet)), ("sets", number(sets)), ("seed", .raw(String(seed))),
                ("items", options(items)),
            ]
        case .kano(let features):
            extra = [
                (
                    "features",
                    .objects(features) { feature in
                        [
                            ("code", .string(feature.code)), ("label", text(feature.label, lang)),
                            ("functional", text(feature.functional, lang)),
                            ("dysfunctional", text(feature.dysfunctional, lang)),
                        ]
                    }
                )
            ]
        }
        object += extra.compactMap { key, value in value.map { (key, $0) } }
        object.appendArrayUnlessEmpty("checks", question.checks) { check in
            var members: [(String, JSONOutput)] = [("when", .string(check.condition.source))]
            if check.severity != .hard { members.append(("severity", .string(check.severity.rawValue))) }
            members.append(("message", text(check.message, lang)))
            return .object(members)
        }
        if let check = question.attentionCheck {
            var members: [(String, JSONOutput)] = []
            if let row = check.row { members.append(("row", .string(row))) }
            members.append(("expect", .array(check.expected.map(JSONOutput.string))))
            object.append(("attention-check", .object(members)))
        }
        return .object(object)
    }

    private static func scale(_ scale: RatingScale, _ lang: String) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("min", .raw(String(scale.min))), ("max", .raw(String(scale.max)))]
        members.appendArrayUnlessEmpty("labels", scale.labels) {
            .object([("value", .raw(String($0.value))), ("label", text($0.text, lang))])
        }
        return .object(members)
    }
}
