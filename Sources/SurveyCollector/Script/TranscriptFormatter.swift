import SurveyModel

/// The plain-text transcript of a scripted interview: prompts, the lines read (`> …`), and one `saved …` line
/// per answer or ladder step, written only after it was committed.
public enum TranscriptFormatter {
    /// The prompt as shown in the transcript (section header when the section changes, question, options).
    public static func prompt(_ prompt: Prompt, previousSection: String?) -> String {
        var text = ""
        if prompt.sectionID != previousSection {
            text += "== " + (prompt.sectionTitle ?? prompt.sectionID) + "\n"
        }
        switch prompt.kind {
        case .note(let kind):
            return text + "[\(kind.rawValue)] \(prompt.position): \(prompt.text)\n"
        case .probe(let depth, let maxDepth, let option):
            let about = option.map { " (\($0.label))" } ?? ""
            return text + "[\(prompt.number)/\(prompt.total)] \(prompt.position) why \(depth)/\(maxDepth)\(about): "
                + prompt.text + "\n"
        default: break
        }
        text += "[\(prompt.number)/\(prompt.total)] \(prompt.position.itemID): \(prompt.text)\n"
        if let help = prompt.help { text += "  (\(help))\n" }
        text += details(prompt.kind)
        var keys: [String] = []
        if prompt.allowDontKnow { keys.append("dk") }
        if prompt.allowRefused { keys.append("refused") }
        if !prompt.required { keys.append("empty line skips") }
        if !keys.isEmpty { text += "  also: " + keys.joined(separator: ", ") + "\n" }
        return text
    }

    private static func options(_ options: [PromptOption]) -> String {
        options.map { option in
            var flags = ""
            if option.exclusive { flags += " [exclusive]" }
            if option.other { flags += " [specify: \(option.number):text]" }
            return "  \(option.number)) \(option.label)\(flags)\n"
        }.joined()
    }

    private static func scale(_ scale: PromptScale) -> String {
        let labels = scale.labels.keys.sorted().map { "\($0)=\(scale.labels[$0]!)" }
        return "\(scale.min)-\(scale.max)" + (labels.isEmpty ? "" : " (" + labels.joined(separator: ", ") + ")")
    }

    private static func details(_ kind: PromptKind) -> String {
        switch kind {
        case .singleChoice(let list): return options(list)
        case .multipleChoice(let list, let min, let max):
            return options(list) + "  choose \(min ?? 1)-\(max.map(String.init) ?? "\(list.count)"), e.g. 1,3\n"
        case .scale(let value): return "  scale " + scale(value) + "\n"
        case .numeric(let integer, let min, let max, let unit):
            let range = "\(min.map(Value.format) ?? "")..\(max.map(Value.format) ?? "")"
            return "  \(integer ? "whole number" : "number") \(range)\(unit.map { " " + $0 } ?? "")\n"
        case .text(let maxLength): return maxLength.map { "  text, at most \($0) characters\n" } ?? "  text\n"
        case .date(let min, let max): return "  date YYYY-MM-DD \(min ?? "")..\(max ?? "")\n"
        case .ranking(let list, let top):
            return options(list) + "  rank \(top.map { "the top \($0)" } ?? "all"), best first, e.g. 2>1>3\n"
        case .matrix(let rows, let value):
            return "  one line per row, scale " + scale(value) + ":\n" + options(rows)
        case .importance(let needs, let value, let performance):
            let how = performance.map { "importance/performance, " + scale(value) + " / " + scale($0) }
                ?? "importance " + scale(value)
            return "  one line per need, \(how):\n" + options(needs)
        case .maxDiff(let sets):
            var text = "  one line per set: best,worst\n"
            for (index, set) in sets.enumerated() {
                text += "  set \(index + 1): " + set.map { "\($0.number)) \($0.label)" }.joined(separator: "  ") + "\n"
            }
            return text
        case .kano(let features, let answers):
            var text = "  one line per feature: F,D with "
            text += answers.enumerated().map { "\($0.offset + 1)=\($0.element)" }.joined(separator: ", ") + "\n"
            for feature in features {
                text += "  \(feature.number)) \(feature.label): if present: \(feature.functional) / "
                    + "if absent: \(feature.dysfunctional)\n"
            }
            return text
        case .note, .probe: return ""
        }
    }

    /// The acknowledgement lines for committed events (`saved q3`, `set aside q5 (unreachable)`, `finished …`).
    public static func acknowledgements(_ events: [InterviewEvent]) -> String {
        var text = ""
        for event in events {
            switch event {
            case .answered(let id, _, _): text += "saved \(id)\n"
            case .ladderStep(let step):
                let position = InterviewPosition(itemID: step.probeID, option: step.optionCode, depth: step.depth)
                text += step.text.isEmpty ? "saved \(position) (ladder ended)\n" : "saved \(position)\n"
            case .answerSetAside(let id, let reason): text += "set aside \(id) (\(reason.rawValue))\n"
            case .ladderStepSetAside(let probe, let option, let depth):
                text += "set aside \(InterviewPosition(itemID: probe, option: option, depth: depth))\n"
            case .finished(let outcome):
                let name = outcome.disposition == .quotaFull ? "quota full" : outcome.status.rawValue
                text += "finished: \(name) (\(outcome.disposition))\n"
            case .wentBack(_, let to): text += "back to \(to)\n"
            case .jumped(_, let to): text += "jump to \(to)\n"
            case .cursor: break
            }
        }
        return text
    }
}
