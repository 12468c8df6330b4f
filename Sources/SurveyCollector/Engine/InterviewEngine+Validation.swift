import Foundation
import SurveyModel

/// Why an answer does not fit its question. Messages never repeat the answer's value (it may be personal data).
public struct AnswerProblem: Error, Sendable, Hashable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

extension InterviewEngine {
    /// `message` as a problem, in the interview's language.
    func problem(_ message: EngineMessage) -> AnswerProblem { AnswerProblem(localized(message)) }

    /// `message` in the interview's language (the survey's default without one; for `.rejected`).
    func localized(_ message: EngineMessage) -> String { message.text(in: language ?? survey.defaultLanguage) }

    /// Checks that `value` has the shape and range its question needs (type, codes offered now, min/max,
    /// exclusive options, specify texts, scale bounds, patterns, dates, complete grids and MaxDiff sets), and
    /// returns it normalized (e.g. multiple-choice codes without duplicates).
    func validate(
        _ value: AnswerValue, otherTexts: [String: String] = [:], for question: WhatQuestion
    )
        -> Result<AnswerValue, AnswerProblem>
    {
        switch value {
        case .dontKnow:
            return question.allowDontKnow ? .success(value) : .failure(problem(.dontKnowNotAllowed))
        case .refused:
            return question.allowRefused ? .success(value) : .failure(problem(.refusedNotAllowed))
        default: break
        }
        let shown = shownOptions(of: question)
        let shownCodes = Set(shown.map(\.code))
        func fail(_ message: EngineMessage) -> Result<AnswerValue, AnswerProblem> { .failure(problem(message)) }
        func specify(_ codes: [String]) -> AnswerProblem? {
            for code in codes where shown.first(where: { $0.code == code })?.other == true {
                let text = otherTexts[code]?.trimmingCharacters(in: .whitespaces) ?? ""
                if text.isEmpty { return problem(.specifyOther) }
            }
            return nil
        }
        switch (question.kind, value) {
        case (.singleChoice, .code(let code)):
            guard shownCodes.contains(code) else { return fail(.chooseOneShown) }
            if let problem = specify([code]) { return .failure(problem) }
            return .success(value)
        case (.multipleChoice(_, let min, let max), .codes(let codes)):
            var unique: [String] = []
            for code in codes where !unique.contains(code) { unique.append(code) }
            guard unique.allSatisfy(shownCodes.contains) else { return fail(.chooseAmongShown) }
            let exclusive = unique.filter { code in shown.contains { $0.code == code && $0.exclusive } }
            if !exclusive.isEmpty && unique.count > 1 {
                return fail(.exclusiveCombined)
            }
            if exclusive.isEmpty {
                if unique.count < Swift.max(min ?? 1, question.required ? 1 : 0) {
                    return fail(.chooseAtLeast(Swift.max(min ?? 1, 1)))
                }
                if let max, unique.count > max { return fail(.chooseAtMost(max)) }
            }
            if let problem = specify(unique) { return .failure(problem) }
            return .success(.codes(unique))
        case (.rating(let scale), .number(let number)):
            guard number == number.rounded(), Int(number) >= scale.min, Int(number) <= scale.max else {
                return fail(.wholeNumberFrom(scale.min, scale.max))
            }
            return .success(value)
        case (.nps, .number(let number)):
            guard number == number.rounded(), number >= 0, number <= 10 else {
                return fail(.wholeNumberFrom(0, 10))
            }
            return .success(value)
        case (.numeric(let integer, let min, let max, _), .number(let number)):
            guard number.isFinite else { return fail(.number) }
            if integer && number != number.rounded() { return fail(.wholeNumber) }
            if let min, number < min { return fail(.numberAtLeast(Value.format(min))) }
            if let max, number > max { return fail(.numberAtMost(Value.format(max))) }
            return .success(value)
        case (.text(let maxLength, let pattern), .text(let text)):
            if let maxLength, text.count > maxLength { return fail(.textAtMost(maxLength)) }
            if question.required && text.trimmingCharacters(in: .whitespaces).isEmpty {
                return fail(.answerRequired)
            }
            if let pattern, !text.isEmpty {
                guard let regex = try? Regex(pattern), (try? regex.wholeMatch(in: text)) != nil else {
                    return fail(.textForm)
                }
            }
            return .success(value)
        case (.date(let min, let max), .date(let text)):
            guard Self.isDate(text) else { return fail(.date) }
            if let min, text < min { return fail(.dateOnOrAfter(min)) }
            if let max, text > max { return fail(.dateOnOrBefore(max)) }
            return .success(value)
        case (.ranking(_, let top), .ranking(let codes)):
            let wanted = Swift.min(top ?? shown.count, shown.count)
            guard Set(codes).count == codes.count, codes.allSatisfy(shownCodes.contains) else {
                return fail(.rankDistinct)
            }
            guard codes.count == wanted else { return fail(.rankExactly(wanted)) }
            return .success(value)
        case (.matrix(_, let scale), .grid(let cells)):
            return gridProblem(cells, keys: shown.map { ($0.code, scale) }).map { .failure($0) } ?? .success(value)
        case (.importance(_, let scale, let performance), .grid(let cells)):
            var keys = shown.map { ($0.code, scale) }
            if let performance { keys += shown.map { ($0.code + ".perf", performance) } }
            return gridProblem(cells, keys: keys).map { .failure($0) } ?? .success(value)
        case (.kano, .grid(let cells)):
            let five = RatingScale(min: 1, max: 5)
            let keys = shown.flatMap { [($0.code + ".f", five), ($0.code + ".d", five)] }
            return gridProblem(cells, keys: keys).map { .failure($0) } ?? .success(value)
        case (.maxDiff, .maxDiff(let choices)):
            let sets = plan.maxDiffSets[question.id] ?? []
            guard choices.count == sets.count else { return fail(.maxDiffAllSets(sets.count)) }
            for (number, (choice, set)) in zip(choices, sets).enumerated() {
                guard choice.shown == set else { return fail(.maxDiffSetMismatch(number + 1)) }
                guard set.contains(choice.best), set.contains(choice.worst), choice.best != choice.worst else {
                    return fail(.maxDiffBestWorst(number + 1))
                }
            }
            return .success(value)
        default:
            return fail(.wrongKind(question.kind.keyword))
        }
    }

    private func gridProblem(_ cells: [String: Double], keys: [(String, RatingScale)]) -> AnswerProblem? {
        guard cells.count == keys.count else { return problem(.everyRow(keys.count)) }
        for (key, scale) in keys {
            guard let value = cells[key] else { return problem(.everyRow(keys.count)) }
            guard value == value.rounded(), Int(value) >= scale.min, Int(value) <= scale.max else {
                return problem(.rowWholeNumberFrom(scale.min, scale.max))
            }
        }
        return nil
    }

    /// Whether `text` is a valid calendar date `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// The message of the first check of `severity` that fails with `value` as the question's answer.
    /// Don't know and refused answers are not checked.
    func failingCheck(_ value: AnswerValue, for question: WhatQuestion, severity: CheckSeverity) -> String? {
        if value == .dontKnow || value == .refused { return nil }
        for check in question.checks where check.severity == severity {
            if !evaluate(check.condition, candidate: (question.id, value)).isTrue {
                return pipe(check.message.resolved(in: language))
            }
        }
        return nil
    }

    /// Whether a stored answer still fits (options offered now, hard checks) after other answers changed.
    /// Answers to questions without checks or conditional options depend on nothing else and stay valid.
    func isStillValid(_ value: AnswerValue, for question: WhatQuestion) -> Bool {
        guard plan.dependent.contains(question.id) else { return true }
        let others = otherTexts.reduce(into: [String: String]()) { result, entry in
            if entry.key.hasPrefix(question.id + ".") {
                result[String(entry.key.dropFirst(question.id.count + 1))] = entry.value
            }
        }
        guard case .success = validate(value, otherTexts: others, for: question) else { return false }
        return failingCheck(value, for: question, severity: .hard) == nil
    }
}
