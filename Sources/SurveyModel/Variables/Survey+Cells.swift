extension Survey {
    /// The wide-layout cells of one question's answer, keyed by variable name (see `VariableDefinition`).
    ///
    /// Missing cells mean "no value" (skipped). "Don't know" and "refused" are written as the survey's special codes
    /// in every column of the question. Numbers are written without a trailing `.0` when integral.
    public func cells(
        for question: WhatQuestion, answer: AnswerValue?, otherTexts: [String: String] = [:]
    )
        -> [String: String]
    {
        var cells: [String: String] = [:]
        appendCells(for: question, answer: answer, otherTexts: otherTexts, into: &cells)
        return cells
    }

    /// Adds the cells of one question's answer to `cells` (see `cells(for:answer:otherTexts:)`); `otherTexts` may
    /// hold other questions' texts too (only keys `question.CODE` are used).
    func appendCells(
        for question: WhatQuestion, answer: AnswerValue?, otherTexts: [String: String],
        into cells: inout [String: String]
    ) {
        guard let answer else { return }
        let id = question.id
        switch answer {
        case .dontKnow, .refused:
            let code = answer == .dontKnow ? specialCodes.dontKnow : specialCodes.refused
            for variable in variables(for: question) where variable.measure != .text || variable.name == id {
                cells[variable.name] = code
            }
            return
        default: break
        }
        for (key, text) in otherTexts where key.hasPrefix(id) && key.dropFirst(id.count).first == "." {
            cells[key + ".other"] = text
        }
        switch (question.kind, answer) {
        case (.multipleChoice(let source, _, _), .codes(let selected)):
            for option in options(source) { cells["\(id).\(option.code)"] = selected.contains(option.code) ? "1" : "0" }
        case (.ranking, .ranking(let order)):
            for (rank, code) in order.enumerated() { cells["\(id).\(code)"] = String(rank + 1) }
        case (.matrix, .grid(let values)), (.importance, .grid(let values)), (.kano, .grid(let values)):
            for (key, value) in values { cells["\(id).\(key)"] = Value.format(value) }
        case (.maxDiff, .maxDiff(let choices)):
            for (index, choice) in choices.enumerated() {
                cells["\(id).s\(index + 1).shown"] = choice.shown.joined(separator: ";")
                cells["\(id).s\(index + 1).best"] = choice.best
                cells["\(id).s\(index + 1).worst"] = choice.worst
            }
        case (_, .code(let code)): cells[id] = code
        case (_, .number(let number)): cells[id] = Value.format(number)
        case (_, .text(let text)), (_, .date(let text)): cells[id] = text
        default: break
        }
    }

    /// The cells of a response in the wide layout for the given questions only (in survey order), e.g. the
    /// questions behind the few variables a statistic needs. Same values as `cells(for:)` restricted to them.
    public func cells(for response: Response, questions: [WhatQuestion]) -> [String: String] {
        var result: [String: String] = [:]
        for question in questions {
            guard let answer = response.answers[question.id] else { continue }
            appendCells(for: question, answer: answer, otherTexts: response.otherTexts, into: &result)
        }
        return result
    }

    /// All cells of a response in the wide layout.
    public func cells(for response: Response) -> [String: String] {
        var result: [String: String] = [:]
        result.reserveCapacity(response.answers.count * 4)
        for question in whatQuestions {
            guard let answer = response.answers[question.id] else { continue }
            appendCells(for: question, answer: answer, otherTexts: response.otherTexts, into: &result)
        }
        return result
    }
}
