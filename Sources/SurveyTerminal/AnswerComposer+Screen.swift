import SurveyModel
import SurveyCollector

extension AnswerComposer {
    /// The screen for the current state: question, step, options with their marks, input line, message, hint.
    func screen() -> ScreenModel {
        var model = ScreenModel(
            title: prompt.surveyTitle, section: prompt.sectionTitle,
            progress: .init(current: prompt.number, total: prompt.total), question: prompt.text,
            message: message, hint: TerminalKeyHelp.hint(for: self))
        if let help = prompt.help { model.details.append(help) }
        model.details += guidance
        model.options = screenOptions
        model.highlighted = usesEditor ? nil : highlighted
        if usesEditor { model.input = InputLine(editor: editor) }
        if let jumpEditor {
            model.input = InputLine(prompt: "Jump to question id: ", editor: jumpEditor)
            model.hint = "Enter jump  Esc cancel"
        }
        return model
    }

    /// The help screen: the question's help text and every key of this question type.
    func helpScreen() -> ScreenModel {
        var details: [String] = []
        if let help = prompt.help { details += [help, ""] }
        details += TerminalKeyHelp.lines(for: self)
        return ScreenModel(
            title: prompt.surveyTitle, section: prompt.sectionTitle,
            progress: .init(current: prompt.number, total: prompt.total), question: "Help: " + prompt.text,
            details: details, hint: "Press any key to return to the question.")
    }

    /// Lines under the question saying what to do now.
    private var guidance: [String] {
        if let index = pendingSpecify.first { return ["Please specify \"\(options[index].label)\":"] }
        var lines: [String] = []
        switch prompt.currentAnswer {
        case .dontKnow?: lines.append("Current answer: don't know.")
        case .refused?: lines.append("Current answer: refused.")
        default: break
        }
        if let step = currentStep {
            lines.append(step.title)
            if case .scale(let scale) = step.input { lines.append(Self.scaleInstruction(scale)) }
            return lines
        }
        switch prompt.kind {
        case .note: lines.append("Press Enter to continue.")
        case .multipleChoice(_, let min, let max):
            switch (min, max) {
            case let (low?, high?) where low == high: lines.append("Choose \(low).")
            case let (low?, high?): lines.append("Choose \(low) to \(high).")
            case let (low?, nil) where low > 1: lines.append("Choose at least \(low).")
            case let (_, high?): lines.append("Choose up to \(high).")
            default: lines.append("Choose all that apply.")
            }
        case .ranking(let options, let top):
            let count = min(top ?? options.count, options.count)
            let what = count == options.count ? "all" : "the top \(count)"
            lines.append("Rank \(what): press the numbers in order, best first.")
        case .scale(let scale): lines.append(Self.scaleInstruction(scale))
        case .numeric(let integer, let min, let max, let unit):
            var text = integer ? "Type a whole number" : "Type a number"
            switch (min, max) {
            case let (low?, high?): text += " from \(Self.format(low)) to \(Self.format(high))"
            case let (low?, nil): text += " of at least \(Self.format(low))"
            case let (nil, high?): text += " of at most \(Self.format(high))"
            default: break
            }
            lines.append(text + (unit.map { " (\($0))" } ?? "") + ", then press Enter.")
        case .date(let min, let max):
            var text = "Type a date as YYYY-MM-DD"
            switch (min, max) {
            case let (first?, last?): text += " from \(first) to \(last)"
            case let (first?, nil): text += " from \(first) on"
            case let (nil, last?): text += " up to \(last)"
            default: break
            }
            lines.append(text + ", then press Enter.")
        case .text: lines.append("Type the answer, then press Enter.")
        case .probe(let depth, let maxDepth, let option):
            if let option { lines.append("About: \(option.label)") }
            let level = maxDepth > 1 ? "Why ladder, step \(depth) of up to \(maxDepth). " : ""
            lines.append(level + "Press Enter on an empty line to stop.")
        default: break
        }
        return lines
    }

    private var screenOptions: [ScreenOption] {
        if let step = currentStep {
            switch step.input {
            case .scale(let scale): return Self.legend(scale)
            case .choose(let choices):
                let selected = stepValues[stepIndex].map { Int($0) }
                let best = step.maxDiff?.worst == true ? stepValues[stepIndex - 1].map { Int($0) } : nil
                return choices.enumerated().map { index, option in
                    let mark: OptionMark = index == best ? .label("(+)") : .radio(selected: index == selected)
                    return ScreenOption(key: "\(option.number)", label: option.label, mark: mark)
                }
            }
        }
        if !pendingSpecify.isEmpty { return [] }
        switch prompt.kind {
        case .singleChoice(let options):
            return options.enumerated().map {
                ScreenOption(key: "\($1.number)", label: $1.label, mark: .radio(selected: chosen.contains($0)))
            }
        case .multipleChoice(let options, _, _):
            return options.enumerated().map {
                ScreenOption(key: "\($1.number)", label: $1.label, mark: .checkbox(checked: chosen.contains($0)))
            }
        case .ranking(let options, _):
            return options.enumerated().map { index, option in
                let rank = chosen.firstIndex(of: index).map { $0 + 1 }
                return ScreenOption(key: "\(option.number)", label: option.label, mark: .rank(rank))
            }
        case .scale(let scale): return Self.legend(scale)
        default: return []
        }
    }

    /// The scale points as lines: every point for scales of up to 11 points, else only the labelled ones.
    static func legend(_ scale: PromptScale) -> [ScreenOption] {
        let points = scale.max - scale.min + 1
        return (scale.min...max(scale.min, scale.max)).compactMap { value in
            let label = scale.labels[value]
            guard points <= 11 || label != nil else { return nil }
            return ScreenOption(key: "\(value)", label: label ?? "")
        }
    }

    static func scaleInstruction(_ scale: PromptScale) -> String {
        "Type a number from \(scale.min) to \(scale.max), then press Enter."
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
