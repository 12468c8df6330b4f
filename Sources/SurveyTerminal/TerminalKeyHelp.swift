import SurveyCollector
/// The key hints (last screen line) and the help screen of the interactive interview, per question type.
///
/// The keys, documented here and in the help screen:
/// | key | action |
/// |---|---|
/// | `1`–`9` | choose (single), toggle (multiple), rank next (ranking), pick (Kano, MaxDiff) |
/// | Up/Down, PgUp/PgDn, Home/End | move the cursor `>` over the options |
/// | Space | choose / toggle / rank the option under the cursor |
/// | Enter | confirm the answer (or the current row, step or pick) and go on |
/// | Backspace | remove the last ranked item; in text, delete |
/// | `<` | back: the previous row or step of this question, else the previous question |
/// | `?` or F1 | help |
/// | `d` or F2 | don't know (when the question offers it) |
/// | `r` or F3 | refused (when the question offers it) |
/// | `>` or F4 | jump to a question by id (typed, then Enter; Esc cancels); it must be on the path so far |
/// | Ctrl-C | suspend the interview (resume with `voc interview --resume ID`) |
///
/// In text answers and why probes every printable key is text: use F1–F4, or type a line that is only `<`
/// (back) or `?` (help) and press Enter; Left/Right, Home/End, Backspace/Delete edit; an empty line ends a why
/// ladder.
enum TerminalKeyHelp {
    /// The hint line for the composer's current state (fits 80 columns).
    static func hint(for composer: AnswerComposer) -> String {
        var parts: [String] = []
        let count = composer.options.count
        let range = count > 1 ? "1-\(min(count, 9))" : "1"
        if composer.isFreeText {
            parts.append(isProbe(composer) ? "Enter save (empty: stop)" : "Enter confirm")
            parts.append("< Enter: back")
            parts.append("F1 help")
            if composer.prompt.allowDontKnow { parts.append("F2 don't know") }
            if composer.prompt.allowRefused { parts.append("F3 refused") }
            return parts.joined(separator: "  ")
        }
        if composer.usesEditor {
            parts.append("type number, Enter confirm")
        } else if let step = composer.currentStep, case .choose = step.input {
            parts.append("\(range) choose  Enter confirm")
        } else {
            switch composer.prompt.kind {
            case .note: parts.append("Enter continue")
            case .singleChoice: parts.append("\(range) choose  Enter confirm")
            case .multipleChoice:
                parts.append(count > 9 ? "number/arrows + Space toggle" : "\(range)/Space toggle")
                parts.append("Enter confirm")
            case .ranking:
                parts.append(count > 9 ? "number/arrows + Space rank" : "\(range) rank next")
                parts.append("Bksp undo  Enter confirm")
            default: parts.append("Enter confirm")
            }
        }
        parts.append("< back  ? help")
        if composer.prompt.allowDontKnow { parts.append("d don't know") }
        if composer.prompt.allowRefused { parts.append("r refused") }
        return parts.joined(separator: "  ")
    }

    /// The help screen's lines for the composer's question type.
    static func lines(for composer: AnswerComposer) -> [String] {
        var lines = ["Keys:"]
        if composer.isFreeText {
            lines += [
                "  typing      enters text; Left/Right, Home/End, Backspace/Delete edit",
                "  Enter       saves the answer" + (isProbe(composer) ? "; an empty line ends the why ladder" : ""),
                "  < + Enter   a line with only < goes back",
                "  ? + Enter   a line with only ? shows this help (also F1)",
            ]
        } else if composer.usesEditor {
            lines += [
                "  digits      type the value (Backspace, Left/Right edit)",
                "  Enter       confirms the value and goes on",
            ]
        } else {
            lines += [
                "  1-9         choose, toggle (multiple choice) or rank next (ranking);",
                "              with more options type both digits, e.g. 1 then 2 for option 12",
                "  Up/Down     move the cursor >; PgUp/PgDn, Home/End jump",
                "  Space       chooses, toggles or ranks the option under the cursor",
                "  Backspace   removes the last ranked item",
                "  Enter       confirms and goes on",
            ]
        }
        if !composer.steps.isEmpty {
            lines.append("  This question is asked one row (or pick) at a time; < goes to the previous one.")
        }
        let keys = composer.isFreeText ? ("F2     ", "F3     ", "F1     ") : ("d or F2", "r or F3", "? or F1")
        if !composer.isFreeText { lines.append("  <           back to the previous question (answers are kept)") }
        lines.append("  \(composer.isFreeText ? "F4     " : "> or F4")     jump to a question by id")
        lines += [
            "  \(keys.0)     don't know" + (composer.prompt.allowDontKnow ? "" : " (not offered here)"),
            "  \(keys.1)     refused" + (composer.prompt.allowRefused ? "" : " (not offered here)"),
            "  \(keys.2)     this help; any key returns",
            "  Ctrl-C      suspend: save and quit (resume: voc interview --resume ID)",
        ]
        return lines
    }

    private static func isProbe(_ composer: AnswerComposer) -> Bool {
        if case .probe = composer.prompt.kind { return true }
        return false
    }
}
