import SurveyModel
import SurveyCollector

extension AnswerComposer {
    /// Choice keys: digits, cursor movement, Space, Backspace, Enter.
    mutating func handleChoice(_ key: Key) -> ComposerAction {
        let count = options.count
        if let digit = key.digit {
            guard count > 0 else { return .redraw }
            let candidate = typedNumber + String(digit)
            if let number = Int(candidate), number >= 1, number <= count {
                typedNumber = candidate
            } else if digit >= 1, digit <= count {
                typedNumber = String(digit)
            } else {
                typedNumber = ""
                message = ScreenMessage(.error, "There is no option \(digit); the options are 1 to \(count).")
                return .redraw
            }
            let index = Int(typedNumber)! - 1
            highlighted = index
            if count <= 9 || !digitsOnlyMoveCursor { act(on: index) }
            return .redraw
        }
        typedNumber = ""
        switch key {
        case .up: moveCursor(by: -1)
        case .down, .tab: moveCursor(by: 1)
        case .pageUp: moveCursor(by: -pageSize)
        case .pageDown: moveCursor(by: pageSize)
        case .home: if count > 0 { highlighted = 0 }
        case .end: if count > 0 { highlighted = count - 1 }
        case .character(" "):
            if count > 0 { act(on: highlighted ?? 0) }
        case .backspace:
            if !chosen.isEmpty, isRanking || isSingle { chosen.removeLast() }
            if currentStep != nil { stepValues[stepIndex] = nil }
        case .enter:
            return confirmChoice()
        default:
            break
        }
        return .redraw
    }

    /// With more than 9 options, digits in multiple choice and ranking only move the cursor (Space acts).
    private var digitsOnlyMoveCursor: Bool {
        if case .multipleChoice = prompt.kind { return true }
        return isRanking
    }

    private var isRanking: Bool {
        if case .ranking = prompt.kind { return true }
        return false
    }

    private var isSingle: Bool {
        if case .singleChoice = prompt.kind { return true }
        return false
    }

    private mutating func moveCursor(by delta: Int) {
        guard !options.isEmpty else { return }
        highlighted = min(options.count - 1, max(0, (highlighted ?? (delta > 0 ? -1 : 0)) + delta))
    }

    /// Chooses, toggles or ranks the option at `index` (by question kind).
    private mutating func act(on index: Int) {
        highlighted = index
        if currentStep != nil {
            stepValues[stepIndex] = Double(index)
            return
        }
        switch prompt.kind {
        case .singleChoice:
            chosen = [index]
        case .multipleChoice(let options, _, _):
            if let position = chosen.firstIndex(of: index) {
                chosen.remove(at: position)
            } else if options[index].exclusive {
                chosen = [index]
            } else {
                chosen.removeAll { options[$0].exclusive }
                chosen.append(index)
            }
        case .ranking(let options, let top):
            if let position = chosen.firstIndex(of: index) {
                chosen.remove(at: position)
            } else if chosen.count < min(top ?? options.count, options.count) {
                chosen.append(index)
            } else {
                message = ScreenMessage(.error, "All places are ranked; Backspace removes the last one.")
            }
        default:
            break
        }
    }

    private mutating func confirmChoice() -> ComposerAction {
        if currentStep != nil {
            guard let value = stepValues[stepIndex] else {
                message = ScreenMessage(.error, "Choose an option with its number key, then press Enter.")
                return .redraw
            }
            if let maxDiff = currentStep?.maxDiff, maxDiff.worst, stepValues[stepIndex - 1] == value {
                message = ScreenMessage(.error, "Choose a different item from the most important one.")
                return .redraw
            }
            return advanceStep()
        }
        switch prompt.kind {
        case .note:
            return .submit(.acknowledge)
        case .singleChoice, .multipleChoice:
            if chosen.isEmpty {
                if !prompt.required { return .submit(.keep) }
                if isSingle {
                    message = ScreenMessage(.error, "Choose an option with its number key, then press Enter.")
                    return .redraw
                }
            }
            pendingSpecify = chosen.filter { options[$0].other }
            if let first = pendingSpecify.first {
                editor.setText(otherTexts[options[first].code] ?? "")
                return .redraw
            }
            return submitChoice()
        case .ranking(let options, let top):
            let needed = min(top ?? options.count, options.count)
            if top == nil, chosen.count == options.count - 1 {
                chosen += options.indices.filter { !chosen.contains($0) }
            }
            if chosen.isEmpty && !prompt.required { return .submit(.keep) }
            guard chosen.count == needed else {
                message = ScreenMessage(.error, "Rank \(needed) items; \(chosen.count) ranked so far.")
                return .redraw
            }
            return .submit(.answer(.ranking(chosen.map { options[$0].code })))
        default:
            return .redraw
        }
    }

    /// The single or multiple choice answer with its specify texts.
    mutating func submitChoice() -> ComposerAction {
        let codes = chosen.map { options[$0].code }
        let others = otherTexts.filter { codes.contains($0.key) }
        if isSingle, let code = codes.first { return .submit(.answer(.code(code), otherTexts: others)) }
        return .submit(.answer(.codes(codes), otherTexts: others))
    }

    /// Moves to the next sub-step, or submits the composite answer after the last one.
    mutating func advanceStep() -> ComposerAction {
        if stepIndex + 1 < steps.count {
            stepIndex += 1
            loadStep()
            return .redraw
        }
        return .submit(.answer(compositeAnswer()))
    }

    /// Puts the current step's stored value on screen (typed text or cursor).
    mutating func loadStep() {
        typedNumber = ""
        guard let step = currentStep else { return }
        let value = stepValues[stepIndex]
        switch step.input {
        case .scale: editor.setText(value.map { String(Int($0)) } ?? "")
        case .choose: highlighted = value.map { Int($0) }
        }
    }

    private func compositeAnswer() -> AnswerValue {
        if case .maxDiff(let sets) = prompt.kind {
            let choices = sets.enumerated().map { index, set in
                MaxDiffChoice(
                    shown: set.map(\.code), best: set[Int(stepValues[2 * index] ?? 0)].code,
                    worst: set[Int(stepValues[2 * index + 1] ?? 0)].code)
            }
            return .maxDiff(choices)
        }
        var grid: [String: Double] = [:]
        for (index, step) in steps.enumerated() {
            guard let value = stepValues[index] else { continue }
            if case .choose = step.input { grid[step.key] = value + 1 } else { grid[step.key] = value }
        }
        return .grid(grid)
    }

    /// Shows a stored answer again when the interviewer comes back to the question.
    mutating func prefill(from answer: AnswerValue?) {
        guard let answer else { return }
        let choices = options
        func index(of code: String) -> Int? { choices.firstIndex { $0.code == code } }
        switch (prompt.kind, answer) {
        case (.singleChoice, .code(let code)):
            chosen = index(of: code).map { [$0] } ?? []
            highlighted = chosen.first
        case (.multipleChoice, .codes(let codes)), (.ranking, .ranking(let codes)):
            chosen = codes.compactMap(index(of:))
        case (.scale, .number(let value)), (.numeric, .number(let value)):
            editor.setText(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        case (.text, .text(let text)), (.date, .date(let text)):
            editor.setText(text)
        case (.maxDiff(let sets), .maxDiff(let picks)):
            for (set, pick) in zip(sets.indices, picks) {
                let codes = sets[set].map(\.code)
                stepValues[2 * set] = codes.firstIndex(of: pick.best).map(Double.init)
                stepValues[2 * set + 1] = codes.firstIndex(of: pick.worst).map(Double.init)
            }
        case (_, .grid(let grid)):
            for (position, step) in steps.enumerated() {
                guard let value = grid[step.key] else { continue }
                if case .choose = step.input { stepValues[position] = value - 1 } else { stepValues[position] = value }
            }
        default:
            break
        }
    }
}
