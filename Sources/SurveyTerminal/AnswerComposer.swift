import SurveyModel
import SurveyCollector

/// The answer being entered for one prompt, built key by key; one composer per prompt shown.
///
/// Keys (the hint line and the help screen list them; see `TerminalKeyHelp`):
/// - choice questions: digits choose (single choice), toggle (multiple choice) or rank next (ranking); with
///   more than 9 options digits build the option number (`1` then `2` is option 12) and, in multiple choice and
///   ranking, move the cursor, Space then toggles or ranks; Up/Down/PgUp/PgDn move the cursor; Space acts on
///   the cursor's option; Backspace removes the last ranked item; Enter confirms.
/// - rating, NPS, numeric, date: type the value, Enter confirms.
/// - matrix and importance: one row (need, performance) at a time, typed value and Enter; Kano and MaxDiff:
///   one question or pick at a time, chosen by number and confirmed with Enter. `<` steps back inside the
///   question before leaving it.
/// - text and why probes: a line editor; a line that is only `<` or `?` goes back or shows help; an empty
///   line ends a why ladder.
/// - everywhere: `<` back, `?` help, `d` don't know, `r` refused (F1, F2, F3 also in text); Ctrl-C suspend.
struct AnswerComposer: Sendable {
    let prompt: Prompt
    /// The sub-steps of a matrix, importance battery, Kano or MaxDiff question (empty for other kinds).
    let steps: [ComposerStep]
    var stepIndex = 0
    /// Per step: the typed scale value, or the chosen option's index.
    var stepValues: [Int: Double] = [:]
    var editor = LineEditor()
    var highlighted: Int?
    /// Chosen option indices, in the order chosen (ranking order for rankings).
    var chosen: [Int] = []
    /// Options of the chosen ones still waiting for their "please specify" text, the first being asked now.
    var pendingSpecify: [Int] = []
    var otherTexts: [String: String] = [:]
    var typedNumber = ""
    /// The question id being typed after `>` or F4 (jump), or nil when not jumping.
    var jumpEditor: LineEditor?
    /// The message shown until the next key.
    var message: ScreenMessage?
    /// How far PgUp/PgDn move the cursor.
    var pageSize = 10

    init(prompt: Prompt) {
        self.prompt = prompt
        steps = ComposerStep.steps(for: prompt.kind)
        prefill(from: prompt.currentAnswer)
        if case .probe = prompt.kind { editor.setText(prompt.currentText ?? "") }
        if case .text(let maxLength) = prompt.kind { editor.maxLength = maxLength }
        loadStep()
    }

    // MARK: - What is being asked

    /// The options on screen now (choices, the current step's items or a scale legend).
    var options: [PromptOption] {
        if let step = currentStep {
            switch step.input {
            case .choose(let options): return options
            case .scale: return []
            }
        }
        switch prompt.kind {
        case .singleChoice(let options), .multipleChoice(let options, _, _), .ranking(let options, _): return options
        default: return []
        }
    }

    var currentStep: ComposerStep? { steps.indices.contains(stepIndex) ? steps[stepIndex] : nil }

    /// Whether typed characters are text (so `<`, `?`, `d`, `r` are not commands).
    var isFreeText: Bool {
        if !pendingSpecify.isEmpty { return true }
        switch prompt.kind {
        case .text, .probe: return true
        default: return false
        }
    }

    /// Whether the answer is typed on the input line (numbers, dates, text) rather than chosen by number.
    var usesEditor: Bool {
        if isFreeText { return true }
        if let step = currentStep, case .scale = step.input { return true }
        switch prompt.kind {
        case .scale, .numeric, .date: return true
        default: return false
        }
    }

    // MARK: - Keys

    mutating func handle(_ key: Key) -> ComposerAction {
        message = nil
        switch key {
        case .interrupt: return .interrupt
        case .function(1): return .help
        case .function(2): return special(.dontKnow)
        case .function(3): return special(.refused)
        case .function(4): return startJump()
        default: break
        }
        if jumpEditor != nil { return handleJump(key) }
        if isFreeText { return handleFreeText(key) }
        switch key {
        case .character("<"): return stepBack()
        case .character("?"): return .help
        case .character("d"), .character("D"): return special(.dontKnow)
        case .character("r"), .character("R"): return special(.refused)
        case .character(">"): return startJump()
        default: break
        }
        return usesEditor ? handleTyped(key) : handleChoice(key)
    }

    private mutating func special(_ value: AnswerValue) -> ComposerAction {
        let allowed = value == .dontKnow ? prompt.allowDontKnow : prompt.allowRefused
        guard allowed, case .what = promptFamily else {
            let name = value == .dontKnow ? "Don't know" : "Refused"
            message = ScreenMessage(.error, "\(name) is not offered for this question.")
            return .redraw
        }
        return .submit(.answer(value))
    }

    private enum Family { case what, note, probe }

    private var promptFamily: Family {
        switch prompt.kind {
        case .note: .note
        case .probe: .probe
        default: .what
        }
    }

    private mutating func startJump() -> ComposerAction {
        jumpEditor = LineEditor()
        return .redraw
    }

    /// Keys while typing a question id to jump to: Enter jumps (an empty id or Esc cancels).
    private mutating func handleJump(_ key: Key) -> ComposerAction {
        switch key {
        case .escape:
            jumpEditor = nil
        case .enter:
            let id = jumpEditor?.text.trimmedSpaces ?? ""
            if id.isEmpty {
                jumpEditor = nil
                return .redraw
            }
            return .submit(.jump(id))
        default:
            jumpEditor?.handle(key)
        }
        return .redraw
    }

    private mutating func stepBack() -> ComposerAction {
        if !pendingSpecify.isEmpty {
            pendingSpecify = []
            editor.setText("")
            return .redraw
        }
        if stepIndex > 0 {
            stepIndex -= 1
            loadStep()
            return .redraw
        }
        return .submit(.back)
    }

    private mutating func handleFreeText(_ key: Key) -> ComposerAction {
        guard key == .enter else {
            editor.handle(key)
            return .redraw
        }
        let text = editor.text
        if text == "<" {
            editor.setText(currentTextValue)
            return stepBack()
        }
        if text == "?" {
            editor.setText(currentTextValue)
            return .help
        }
        if let index = pendingSpecify.first {
            let specified = text.trimmedSpaces
            guard !specified.isEmpty else {
                message = ScreenMessage(.error, "Please type the other answer, then press Enter.")
                return .redraw
            }
            otherTexts[options[index].code] = specified
            pendingSpecify.removeFirst()
            editor.setText(pendingSpecify.first.flatMap { otherTexts[options[$0].code] } ?? "")
            return pendingSpecify.isEmpty ? submitChoice() : .redraw
        }
        if case .probe = prompt.kind { return .submit(.why(text)) }
        if text.isEmpty && !prompt.required { return .submit(.keep) }
        return .submit(.answer(.text(text)))
    }

    private var currentTextValue: String {
        if case .text(let value) = prompt.currentAnswer { return value }
        if case .probe = prompt.kind { return prompt.currentText ?? "" }
        return ""
    }

    private mutating func handleTyped(_ key: Key) -> ComposerAction {
        switch key {
        case .enter: return confirmTyped()
        case .character(let character):
            let allowed: Set<Character> = {
                if case .date = prompt.kind { return Set("0123456789-") }
                return Set("0123456789-.")
            }()
            guard allowed.contains(character) else {
                message = ScreenMessage(.error, "Type a number; < back, ? help, d don't know, r refused.")
                return .redraw
            }
            editor.handle(key)
        default:
            editor.handle(key)
        }
        return .redraw
    }

    private mutating func confirmTyped() -> ComposerAction {
        let text = editor.text
        if let step = currentStep, case .scale(let scale) = step.input {
            guard let value = Int(text), value >= scale.min, value <= scale.max else {
                message = ScreenMessage(.error, "Type a whole number from \(scale.min) to \(scale.max), then Enter.")
                return .redraw
            }
            stepValues[stepIndex] = Double(value)
            return advanceStep()
        }
        if text.isEmpty {
            if !prompt.required { return .submit(.keep) }
            message = ScreenMessage(.error, "Please type an answer, then press Enter.")
            return .redraw
        }
        switch prompt.kind {
        case .date: return .submit(.answer(.date(text)))
        case .scale:
            guard let value = Int(text) else {
                message = ScreenMessage(.error, "Type a whole number on the scale, then Enter.")
                return .redraw
            }
            return .submit(.answer(.number(Double(value))))
        default:
            guard let value = Double(text), value.isFinite else {
                message = ScreenMessage(.error, "Type a number (digits, optional - and .), then Enter.")
                return .redraw
            }
            return .submit(.answer(.number(value)))
        }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmedSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
