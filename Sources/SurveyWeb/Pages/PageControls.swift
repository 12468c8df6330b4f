import Foundation
import SurveyCollector
import SurveyModel

/// The form controls of one step as Mustache context: one flag naming the kind (`single`, `multiple`, `scale`,
/// `numeric`, `openText`, `date`, `ranking`, `matrix`, `importance`, `maxDiff`, `kano`, `probe`, `note`) and its
/// options, rows or sets, each with the value the control shows from `fields`.
struct PageControls {
    var fields: FormFields
    var strings: [String: String]

    func context(for prompt: Prompt) -> [String: Any] {
        var context: [String: Any] = [:]
        switch prompt.kind {
        case .note: context["note"] = true
        case .singleChoice(let options):
            context["single"] = true
            context["options"] = choices(options, checked: Set(fields.all("a")))
        case .multipleChoice(let options, _, _):
            context["multiple"] = true
            context["options"] = choices(options, checked: Set(fields.all("a")))
        case .scale(let scale):
            context["scale"] = true
            context["points"] = points(scale, name: "a", label: nil)
        case .numeric(let integer, let min, let max, let unit):
            context["numeric"] = true
            context["value"] = fields["a"] ?? ""
            context["inputMode"] = integer ? "numeric" : "decimal"
            context["min"] = min.map(Value.format) ?? ""
            context["max"] = max.map(Value.format) ?? ""
            context["unit"] = unit ?? ""
        case .text(let maxLength):
            context["openText"] = true
            context["value"] = fields["a"] ?? ""
            context["maxLength"] = maxLength.map(String.init) ?? ""
        case .date(let min, let max):
            context["date"] = true
            context["value"] = fields["a"] ?? ""
            context["min"] = min ?? ""
            context["max"] = max ?? ""
        case .ranking(let items, let top):
            context["ranking"] = true
            context["items"] = items.map { item in
                let chosen = fields["rank." + item.code] ?? ""
                return [
                    "code": item.code, "label": item.label, "id": "rank-\(item.number)",
                    "positions": (1...Swift.max(1, top ?? items.count)).map {
                        ["value": String($0), "selected": chosen == String($0)]
                    },
                ] as [String: Any]
            }
        case .matrix(let rows, let scale):
            context["matrix"] = true
            context["columns"] = columns(scale)
            context["rows"] = gridRows(rows, scale: scale, prefix: "row.")
        case .importance(let needs, let scale, let performance):
            context["importance"] = true
            context["columns"] = columns(scale)
            context["rows"] = gridRows(needs, scale: scale, prefix: "imp.")
            if let performance {
                context["performance"] = true
                context["performanceColumns"] = columns(performance)
                context["performanceRows"] = gridRows(needs, scale: performance, prefix: "perf.")
            }
        case .maxDiff(let sets):
            context["maxDiff"] = true
            context["sets"] = sets.enumerated().map { index, set in
                [
                    "index": index, "number": index + 1, "count": sets.count,
                    "items": set.map { item in
                        [
                            "code": item.code, "label": item.label,
                            "best": fields["best.\(index)"] == item.code,
                            "worst": fields["worst.\(index)"] == item.code,
                        ] as [String: Any]
                    },
                ] as [String: Any]
            }
        case .kano(let features, let answers):
            context["kano"] = true
            context["features"] = features.map { feature in
                [
                    "code": feature.code, "label": feature.label, "functional": feature.functional,
                    "dysfunctional": feature.dysfunctional,
                    "functionalAnswers": kanoAnswers(answers, chosen: fields["f." + feature.code]),
                    "dysfunctionalAnswers": kanoAnswers(answers, chosen: fields["d." + feature.code]),
                ] as [String: Any]
            }
        case .probe(let depth, let maxDepth, let option):
            context["probe"] = true
            context["value"] = fields["why"] ?? ""
            context["depth"] = depth
            context["maxDepth"] = maxDepth
            context["about"] = option?.label ?? ""
        }
        let special = fields["special"]
        context["dontKnow"] = prompt.allowDontKnow
        context["refused"] = prompt.allowRefused
        context["specials"] = prompt.allowDontKnow || prompt.allowRefused
        context["dontKnowChecked"] = special == "dk"
        context["refusedChecked"] = special == "refused"
        return context.withoutEmptyTexts()
    }

    private func choices(_ options: [PromptOption], checked: Set<String>) -> [[String: Any]] {
        options.map { option in
            [
                "code": option.code, "label": option.label, "id": "o-\(option.number)",
                "checked": checked.contains(option.code),
                "exclusive": option.exclusive, "other": option.other,
                "otherValue": fields["other." + option.code] ?? "",
            ]
        }
    }

    private func points(_ scale: PromptScale, name: String, label: String?) -> [[String: Any]] {
        let chosen = fields[name]
        return (scale.min...scale.max).map { value in
            let text = scale.labels[value].map { "\(value) \($0)" } ?? String(value)
            return [
                "value": value, "label": scale.labels[value] ?? "", "name": name,
                "id": "\(name.replacingOccurrences(of: ".", with: "-"))-\(value)",
                "accessibleLabel": label.map { "\($0): \(text)" } ?? text, "checked": chosen == String(value),
            ].withoutEmptyTexts()
        }
    }

    private func columns(_ scale: PromptScale) -> [[String: Any]] {
        (scale.min...scale.max).map {
            (["value": $0, "label": scale.labels[$0] ?? ""] as [String: Any]).withoutEmptyTexts()
        }
    }

    private func gridRows(_ rows: [PromptOption], scale: PromptScale, prefix: String) -> [[String: Any]] {
        rows.map { row in
            ["code": row.code, "label": row.label, "cells": points(scale, name: prefix + row.code, label: row.label)]
        }
    }

    private func kanoAnswers(_ answers: [String], chosen: String?) -> [[String: Any]] {
        answers.enumerated().map {
            ["value": $0.offset + 1, "label": $0.element, "checked": chosen == String($0.offset + 1)]
        }
    }
}
