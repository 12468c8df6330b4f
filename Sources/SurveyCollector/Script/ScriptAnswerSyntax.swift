import Foundation
import SurveyModel

/// The line syntax of scripted interviews (stdin not a terminal): one answer per line.
///
/// | step | lines | syntax |
/// |---|---|---|
/// | any question or probe | 1 | `<` back, `>ID` jump to a reachable question, `!` confirm a soft warning |
/// | questions allowing them | 1 | `dk` don't know, `refused` refused |
/// | any question | 1 | empty line: keep the stored answer (after going back) or skip an optional question |
/// | single choice | 1 | `3` (display number) or `CODE`; `3:text` for an "other, specify" option |
/// | multiple choice | 1 | `2,5` (numbers or codes, comma-separated); `2,5:text` specifies the "other" option |
/// | rating, NPS | 1 | the scale value, e.g. `4`, `9` |
/// | numeric | 1 | a number, `.` as decimal point |
/// | text | 1 | the text as typed |
/// | date | 1 | `YYYY-MM-DD` |
/// | ranking | 1 | best first, `>`-separated: `safety>yield>fees` or `2>1>3` (top k: exactly k items) |
/// | matrix | one per row | the scale value for each row, in the order shown |
/// | importance | one per need | `4`, or `4/3` (importance/performance) when performance is asked |
/// | Kano | one per feature | `F,D`: the functional and dysfunctional answers (1–5) |
/// | MaxDiff | one per set | `B,W`: best and worst, display numbers within the set or codes |
/// | why probe | 1 | free text; an empty line ends the ladder |
/// | note | none | shown, no input read |
///
/// Display numbers (1, 2, …) refer to the options in the order shown (after randomization); anything that is
/// not a number in range is matched against option codes. A line starting with `\` is taken literally (without
/// the backslash), e.g. `\<` for a text answer "<".
public enum ScriptAnswerSyntax {
    /// A problem in one line of an answer: the offset of the line within the answer, and a message without the
    /// answer's value.
    public struct LineError: Error, Sendable, Hashable {
        public var lineOffset: Int
        public var message: String
    }

    /// The number of lines the answer to `prompt` takes (0 for notes).
    public static func lineCount(for prompt: Prompt) -> Int {
        switch prompt.kind {
        case .note: 0
        case .matrix(let rows, _): max(1, rows.count)
        case .importance(let needs, _, _): max(1, needs.count)
        case .kano(let features, _): max(1, features.count)
        case .maxDiff(let sets): max(1, sets.count)
        default: 1
        }
    }

    /// A first line that is a navigation or special answer rather than an answer value: `<`, `>ID`, `!`, `dk`,
    /// `refused`, or an empty line (keep / skip / end the ladder). Nil for anything else.
    public static func command(_ line: String, for prompt: Prompt) -> InterviewInput? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("\\") { return nil }
        switch trimmed {
        case "<": return .back
        case "!": return .confirm
        case "": if case .probe = prompt.kind { return .why("") } else { return .keep }
        default: break
        }
        if trimmed.hasPrefix(">"), trimmed.count > 1, !trimmed.contains(" "),
            !isRankingLine(trimmed, prompt: prompt)
        {
            return .jump(String(trimmed.dropFirst()))
        }
        if case .probe = prompt.kind { return nil }
        switch trimmed.lowercased() {
        case "dk": return .answer(.dontKnow)
        case "refused": return .answer(.refused)
        default: return nil
        }
    }

    private static func isRankingLine(_ line: String, prompt: Prompt) -> Bool {
        if case .ranking = prompt.kind { return line.dropFirst().contains(">") }
        return false
    }

    /// Parses the answer lines (exactly `lineCount(for:)` of them) into an input.
    public static func input(_ lines: [String], for prompt: Prompt) -> Result<InterviewInput, LineError> {
        let lines = lines.map { $0.hasPrefix("\\") ? String($0.dropFirst()) : $0 }
        func fail(_ message: String, _ offset: Int = 0) -> Result<InterviewInput, LineError> {
            .failure(LineError(lineOffset: offset, message: message))
        }
        let first = lines.first ?? ""
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        switch prompt.kind {
        case .note: return .success(.acknowledge)
        case .probe: return .success(.why(first))
        case .text: return .success(.answer(.text(first)))
        case .date: return .success(.answer(.date(trimmed)))
        case .scale, .numeric:
            guard let number = Double(trimmed), number.isFinite else { return fail("expected a number") }
            return .success(.answer(.number(number)))
        case .singleChoice(let options):
            let (choice, other) = splitOther(trimmed)
            guard let option = resolve(choice, in: options) else { return fail("expected an option number or code") }
            return .success(.answer(.code(option.code), otherTexts: otherTexts(other, [option])))
        case .multipleChoice(let options, _, _):
            let (choices, other) = splitOther(trimmed)
            var selected: [PromptOption] = []
            for token in choices.split(separator: ",") {
                guard let option = resolve(token.trimmingCharacters(in: .whitespaces), in: options) else {
                    return fail("expected option numbers or codes separated by commas")
                }
                selected.append(option)
            }
            return .success(.answer(.codes(selected.map(\.code)), otherTexts: otherTexts(other, selected)))
        case .ranking(let options, _):
            var order: [String] = []
            for token in trimmed.split(separator: ">", omittingEmptySubsequences: false) {
                guard let option = resolve(token.trimmingCharacters(in: .whitespaces), in: options) else {
                    return fail("expected items (numbers or codes) separated by '>'")
                }
                order.append(option.code)
            }
            return .success(.answer(.ranking(order)))
        case .matrix(let rows, _):
            var cells: [String: Double] = [:]
            for (offset, row) in rows.enumerated() {
                guard let value = Double(lines[offset].trimmingCharacters(in: .whitespaces)) else {
                    return fail("expected a scale value for row \(offset + 1)", offset)
                }
                cells[row.code] = value
            }
            return .success(.answer(.grid(cells)))
        case .importance(let needs, _, let performance):
            var cells: [String: Double] = [:]
            for (offset, need) in needs.enumerated() {
                let parts = lines[offset].split(separator: "/").map { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == (performance == nil ? 1 : 2), let importance = parts[0] else {
                    return fail(performance == nil ? "expected a value" : "expected importance/performance", offset)
                }
                cells[need.code] = importance
                if parts.count == 2 {
                    guard let value = parts[1] else { return fail("expected importance/performance", offset) }
                    cells[need.code + ".perf"] = value
                }
            }
            return .success(.answer(.grid(cells)))
        case .kano(let features, _):
            var cells: [String: Double] = [:]
            for (offset, feature) in features.enumerated() {
                let parts = lines[offset].split(separator: ",").compactMap {
                    Double($0.trimmingCharacters(in: .whitespaces))
                }
                guard parts.count == 2 else { return fail("expected F,D (two answers from 1 to 5)", offset) }
                cells[feature.code + ".f"] = parts[0]
                cells[feature.code + ".d"] = parts[1]
            }
            return .success(.answer(.grid(cells)))
        case .maxDiff(let sets):
            var choices: [MaxDiffChoice] = []
            for (offset, set) in sets.enumerated() {
                let parts = lines[offset].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let best = resolve(parts[0], in: set), let worst = resolve(parts[1], in: set)
                else { return fail("expected best,worst (numbers within the set or codes)", offset) }
                choices.append(MaxDiffChoice(shown: set.map(\.code), best: best.code, worst: worst.code))
            }
            return .success(.answer(.maxDiff(choices)))
        }
    }

    /// The option a token names: a display number in range, else an option code.
    static func resolve(_ token: String, in options: [PromptOption]) -> PromptOption? {
        if let number = Int(token), number >= 1, number <= options.count { return options[number - 1] }
        return options.first { $0.code == token }
    }

    private static func splitOther(_ text: String) -> (String, String?) {
        guard let colon = text.firstIndex(of: ":") else { return (text, nil) }
        return (String(text[..<colon]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: colon)...]))
    }

    private static func otherTexts(_ text: String?, _ options: [PromptOption]) -> [String: String] {
        guard let text else { return [:] }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var result: [String: String] = [:]
        for option in options where option.other { result[option.code] = trimmed }
        return result
    }
}
