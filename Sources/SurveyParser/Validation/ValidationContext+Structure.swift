import Foundation
import SurveyModel

extension ValidationContext {
    /// Checks each question's type-specific settings, each probe's target, option codes and option lists.
    mutating func checkStructure() {
        for list in survey.optionLists {
            checkCodes(list.options, parent: "list:" + list.id, owner: "option list '\(list.id)'")
        }
        var position = 0
        for section in survey.sections {
            for item in section.items {
                switch item {
                case .what(let question): checkQuestion(question, path: itemPaths[position])
                case .why(let probe): checkProbe(probe, position: position, path: itemPaths[position])
                case .note: break
                }
                position += 1
            }
        }
    }

    private mutating func checkCodes(_ options: [ChoiceOption], parent: String, owner: String) {
        var seen = Set<String>()
        var counts: [String: Int] = [:]
        for option in options {
            counts[option.code, default: 0] += 1
            let path = SourceMap.path(parent + "/option:" + option.code, occurrence: counts[option.code]!)
            if !seen.insert(option.code).inserted {
                error("duplicate code '\(option.code)' in \(owner)", code: "duplicate-id", at: path)
            }
            if option.code == survey.specialCodes.dontKnow || option.code == survey.specialCodes.refused {
                let which = option.code == survey.specialCodes.dontKnow ? "don't know" : "refused"
                error("code '\(option.code)' in \(owner) is the survey's \(which) code", code: "reserved-code", at: path)
            }
        }
    }

    private mutating func resolve(_ source: OptionSource, path: String) -> [ChoiceOption] {
        switch source {
        case .inline(let options):
            return options
        case .list(let id):
            usedLists.insert(id)
            guard let list = optionLists[id] else {
                let hint = Suggestion.closest(to: id, in: Array(optionLists.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                error("unknown option list '\(id)'\(hint)", code: "unknown-list", at: path + "/options@list")
                return []
            }
            return list.options
        }
    }

    private mutating func checkScale(_ scale: RatingScale, path: String, owner: String) {
        if scale.min >= scale.max {
            error("the scale of \(owner) must have min < max, but it is \(scale.min)..\(scale.max)",
                code: "bad-range", at: path + "@min")
        }
        for label in scale.labels where label.value < scale.min || label.value > scale.max {
            error("scale label \(label.value) of \(owner) is outside \(scale.min)..\(scale.max)", code: "bad-range",
                at: path + "/label:\(label.value)")
        }
    }

    private mutating func checkQuestion(_ question: WhatQuestion, path: String) {
        let owner = "question '\(question.id)'"
        let inline = inlineOptions(question)
        if !inline.isEmpty { checkCodes(inline, parent: path, owner: owner) }
        switch question.kind {
        case .singleChoice(let source):
            for option in resolve(source, path: path) where option.exclusive {
                warning("'exclusive' has no effect in single question '\(question.id)'", code: "no-effect",
                    at: "\(path)/option:\(option.code)")
            }
        case .multipleChoice(let source, let min, let max):
            let count = resolve(source, path: path).count
            if let min, min < 0 { error("min of \(owner) cannot be negative", code: "bad-range", at: path + "@min") }
            if let max, max < 1 { error("max of \(owner) must be at least 1", code: "bad-range", at: path + "@max") }
            if let min, let max, min > max {
                error("\(owner) asks for at least \(min) but at most \(max) selections (min > max)", code: "bad-range",
                    at: path + "@min")
            }
            if let max, count > 0, max > count {
                error("max of \(owner) is \(max), but it has only \(count) options", code: "bad-range", at: path + "@max")
            } else if let min, count > 0, min > count {
                error("min of \(owner) is \(min), but it has only \(count) options", code: "bad-range", at: path + "@min")
            }
        case .rating(let scale):
            checkScale(scale, path: path + "/scale", owner: owner)
        case .nps:
            break
        case .numeric(let integer, let min, let max, _):
            if let min, let max, min > max {
                error("min of \(owner) (\(Value.format(min))) is greater than its max (\(Value.format(max)))",
                    code: "bad-range", at: path + "@min")
            }
            if integer, [min, max].contains(where: { $0.map { $0 != $0.rounded() } ?? false }) {
                warning("\(owner) takes whole numbers, but a bound has decimals", code: "no-effect", at: path + "@min")
            }
        case .text(let maxLength, let pattern):
            if let maxLength, maxLength < 1 {
                error("max-length of \(owner) must be at least 1", code: "bad-range", at: path + "@max-length")
            }
            if let pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
                error("pattern of \(owner) is not a valid regular expression", code: "bad-value", at: path + "@pattern")
            }
        case .date(let min, let max):
            for (name, value) in [("min", min), ("max", max)] {
                if let value, !Self.isDate(value) {
                    error("\(name) of \(owner) must be a date written YYYY-MM-DD", code: "bad-value",
                        at: path + "@" + name)
                }
            }
            if let min, let max, Self.isDate(min), Self.isDate(max), min > max {
                error("min of \(owner) (\(min)) is after its max (\(max))", code: "bad-range", at: path + "@min")
            }
        case .ranking(let source, let top):
            let count = resolve(source, path: path).count
            if let top, top < 1 || (count > 0 && top > count) {
                error("top of \(owner) must be between 1 and its \(count) items, but it is \(top)", code: "bad-range",
                    at: path + "@top")
            }
        case .matrix(_, let scale):
            checkScale(scale, path: path + "/scale", owner: owner)
        case .importance(_, let scale, let performance):
            checkScale(scale, path: path + "/scale", owner: owner)
            if let performance { checkScale(performance, path: path + "/performance", owner: owner) }
        case .maxDiff(let items, let perSet, let sets, _):
            if perSet < 2 {
                error("per-set of \(owner) must be at least 2 (a best and a worst item)", code: "bad-range",
                    at: path + "@per-set")
            } else if perSet > items.count {
                error("per-set of \(owner) is \(perSet), but it has only \(items.count) items", code: "bad-range",
                    at: path + "@per-set")
            }
            if sets < 1 {
                error("sets of \(owner) must be at least 1", code: "bad-range", at: path + "@sets")
            } else if perSet >= 2, perSet <= items.count, sets * perSet < items.count {
                warning("\(owner) shows \(sets * perSet) item slots for \(items.count) items: some items are never "
                    + "shown; add sets", code: "design", at: path + "@sets")
            }
        case .kano(let features):
            checkCodes(features.map { ChoiceOption(code: $0.code, label: $0.label) }, parent: path, owner: owner)
        }
    }

    private mutating func checkProbe(_ probe: WhyProbe, position: Int, path: String) {
        let owner = "why probe '\(probe.id)'"
        usedNames.insert(probe.about)
        guard let order = itemOrder[probe.about] else {
            let hint = Suggestion.closest(to: probe.about, in: Array(itemOrder.keys)).map { " (did you mean '\($0)'?)" } ?? ""
            error("\(owner) is about '\(probe.about)', which does not exist\(hint)", code: "unknown-reference",
                at: path + "@about")
            return
        }
        guard case .question(let question)? = symbols[probe.about]?.kind else {
            let item = survey.sections.lazy.flatMap(\.items).first { $0.id == probe.about }
            error("\(owner) must be about a what question, but '\(probe.about)' is "
                + (item.map(describe) ?? "not a question"), code: "bad-probe", at: path + "@about")
            return
        }
        if order > position {
            error("\(owner) is about '\(probe.about)', which is asked later; move the probe after it",
                code: "forward-reference", at: path + "@about")
        }
        if probe.target == .eachSelected {
            switch question.kind {
            case .multipleChoice, .ranking: break
            default:
                error("\(owner) is asked for each selected option, but '\(probe.about)' is "
                    + "\(Article.indefinite(question.kind.keyword)) question; use a multiple or ranking question", code: "bad-probe",
                    at: path + "@for")
            }
        }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year > 0
        else { return false }
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && (1...days[month - 1]).contains(day)
    }
}
