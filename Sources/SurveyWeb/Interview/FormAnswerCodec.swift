import Foundation
import SurveyCollector
import SurveyModel

/// The form controls of each kind of step and the answers they carry, both ways: `input(_:for:)` turns
/// submitted fields into an engine input, `fields(for:answer:otherTexts:)` fills the controls with an answer
/// (coming back to a question, or showing a page again after an error).
///
/// Field names: `a` the answer (radio value, checkbox values, number, text or date); `other.CODE` the text of an
/// "other, specify" option; `special` = `dk` or `refused`; `rank.CODE` the rank given to an item; `row.CODE` a
/// matrix row's value; `imp.CODE` and `perf.CODE` importance and performance; `f.CODE` and `d.CODE` a Kano
/// feature's functional and dysfunctional answers; `best.N` and `worst.N` MaxDiff set N (from 0); `why` a
/// why-ladder step. Codes are the survey's option codes, never display numbers, so a stale form cannot shift
/// an answer onto another option.
enum FormAnswerCodec {
    /// The input `fields` give at `prompt`, or a message saying what to correct (it names no answer value).
    static func input(_ fields: FormFields, for prompt: Prompt) -> Result<InterviewInput, FormProblem> {
        switch prompt.kind {
        case .note: return .success(.acknowledge)
        case .probe: return .success(.why(fields["why"] ?? ""))
        default: break
        }
        switch fields["special"] {
        case "dk" where prompt.allowDontKnow: return .success(.answer(.dontKnow))
        case "refused" where prompt.allowRefused: return .success(.answer(.refused))
        default: break
        }
        if fields.hasNoAnswer { return .success(.keep) }
        return answer(fields, for: prompt.kind).map { value, others in .answer(value, otherTexts: others) }
    }

    private static func answer(
        _ fields: FormFields, for kind: PromptKind
    ) -> Result<
        (AnswerValue, [String: String]), FormProblem
    > {
        switch kind {
        case .singleChoice(let options):
            guard let code = fields["a"], let option = options.first(where: { $0.code == code }) else {
                return .failure(FormProblem("formChooseOne"))
            }
            return .success((.code(code), otherTexts(fields, [option])))
        case .multipleChoice(let options, _, _):
            let chosen = Set(fields.all("a"))
            let selected = options.filter { chosen.contains($0.code) }
            guard selected.count == chosen.count else { return .failure(FormProblem("formChooseAmong")) }
            return .success((.codes(selected.map(\.code)), otherTexts(fields, selected)))
        case .scale(let scale):
            guard let value = fields.trimmed("a").flatMap(Int.init), value >= scale.min, value <= scale.max else {
                return .failure(FormProblem("formScale"))
            }
            return .success((.number(Double(value)), [:]))
        case .numeric:
            guard let text = fields.trimmed("a"), let number = Double(text), number.isFinite else {
                return .failure(FormProblem("formNumber"))
            }
            return .success((.number(number), [:]))
        case .text: return .success((.text(fields["a"] ?? ""), [:]))
        case .date: return .success((.date(fields.trimmed("a") ?? ""), [:]))
        case .ranking(let items, _): return ranking(fields, items)
        case .matrix(let rows, _):
            return grid(fields, rows.map { ("row." + $0.code, $0.code) })
        case .importance(let needs, _, let performance):
            var names = needs.map { ("imp." + $0.code, $0.code) }
            if performance != nil { names += needs.map { ("perf." + $0.code, $0.code + ".perf") } }
            return grid(fields, names)
        case .kano(let features, _):
            return grid(
                fields, features.flatMap { [("f." + $0.code, $0.code + ".f"), ("d." + $0.code, $0.code + ".d")] })
        case .maxDiff(let sets):
            var choices: [MaxDiffChoice] = []
            for (index, set) in sets.enumerated() {
                let codes = Set(set.map(\.code))
                guard let best = fields["best.\(index)"], let worst = fields["worst.\(index)"], codes.contains(best),
                    codes.contains(worst)
                else { return .failure(FormProblem("formMaxDiff")) }
                choices.append(MaxDiffChoice(shown: set.map(\.code), best: best, worst: worst))
            }
            return .success((.maxDiff(choices), [:]))
        case .note, .probe: return .failure(FormProblem("formNoAnswer"))
        }
    }

    private static func ranking(
        _ fields: FormFields, _ items: [PromptOption]
    ) -> Result<
        (AnswerValue, [String: String]), FormProblem
    > {
        var ranked: [(rank: Int, code: String)] = []
        for item in items {
            guard let text = fields.trimmed("rank." + item.code) else { continue }
            guard let rank = Int(text), rank >= 1, rank <= items.count else {
                return .failure(FormProblem("formRankRange", String(items.count)))
            }
            ranked.append((rank, item.code))
        }
        let ranks = ranked.map(\.rank).sorted()
        guard !ranks.isEmpty, ranks == Array(1...ranks.count) else {
            return .failure(FormProblem("formRankOnce"))
        }
        return .success((.ranking(ranked.sorted { $0.rank < $1.rank }.map(\.code)), [:]))
    }

    private static func grid(
        _ fields: FormFields, _ names: [(field: String, key: String)]
    ) -> Result<
        (AnswerValue, [String: String]), FormProblem
    > {
        var cells: [String: Double] = [:]
        for (field, key) in names {
            guard let text = fields.trimmed(field) else { continue }
            guard let value = Double(text), value.isFinite else { return .failure(FormProblem("formGrid")) }
            cells[key] = value
        }
        return .success((.grid(cells), [:]))
    }

    private static func otherTexts(_ fields: FormFields, _ options: [PromptOption]) -> [String: String] {
        var texts: [String: String] = [:]
        for option in options where option.other {
            if let text = fields.trimmed("other." + option.code) { texts[option.code] = text }
        }
        return texts
    }

    /// The fields that show `answer` (with `otherTexts` keyed by option code) in the controls of `prompt`.
    static func fields(for prompt: Prompt, answer: AnswerValue?, otherTexts: [String: String]) -> FormFields {
        var fields = FormFields()
        if case .probe = prompt.kind {
            if let text = prompt.currentText { fields.set("why", text) }
            return fields
        }
        for (code, text) in otherTexts { fields.set("other." + code, text) }
        guard let answer else { return fields }
        switch (answer, prompt.kind) {
        case (.dontKnow, _): fields.set("special", "dk")
        case (.refused, _): fields.set("special", "refused")
        case (.code(let code), _): fields.set("a", code)
        case (.codes(let codes), _): for code in codes { fields.add("a", code) }
        case (.number(let number), _):
            fields.set("a", Value.format(number))
        case (.text(let text), _), (.date(let text), _): fields.set("a", text)
        case (.ranking(let codes), _):
            for (index, code) in codes.enumerated() { fields.set("rank." + code, String(index + 1)) }
        case (.grid(let cells), .matrix): setGrid(&fields, cells) { "row." + $0 }
        case (.grid(let cells), .importance):
            setGrid(&fields, cells) { $0.hasSuffix(".perf") ? "perf." + $0.dropLast(5) : "imp." + $0 }
        case (.grid(let cells), .kano):
            setGrid(&fields, cells) { key in
                key.hasSuffix(".f") ? "f." + key.dropLast(2) : key.hasSuffix(".d") ? "d." + key.dropLast(2) : key
            }
        case (.maxDiff(let choices), _):
            for (index, choice) in choices.enumerated() {
                fields.set("best.\(index)", choice.best)
                fields.set("worst.\(index)", choice.worst)
            }
        case (.grid, _): break
        }
        return fields
    }

    private static func setGrid(_ fields: inout FormFields, _ cells: [String: Double], name: (String) -> String) {
        for (key, value) in cells {
            fields.set(name(key), Value.format(value))
        }
    }
}

/// What to correct in a submitted form, shown next to the question: a text of `WebStrings` (its key, and the value
/// put for `%1`), in the page's language.
struct FormProblem: Error, Sendable, Hashable {
    var key: String
    var argument: String?

    init(_ key: String, _ argument: String? = nil) {
        self.key = key
        self.argument = argument
    }

    /// The text in `language` (nil: English).
    func message(in language: String?) -> String {
        let text = WebStrings.table(for: language ?? "en")[key] ?? key
        return argument.map { text.replacingOccurrences(of: "%1", with: $0) } ?? text
    }
}
