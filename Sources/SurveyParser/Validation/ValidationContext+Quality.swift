import SurveyModel

extension ValidationContext {
    /// Checks the survey's data-quality declarations, reporting every problem:
    ///
    /// - each question's attention check: only on single, multiple, rating, NPS, numeric, date, matrix and
    ///   importance questions; `row` exactly on matrix and importance questions, naming one of their rows or
    ///   needs; `expect` not empty, each accepted answer one the question can take (an option code, a point of
    ///   the scale, a number within the bounds, a date);
    /// - the consistency rules: unique ids, and a condition that is true or false over known variables. Rules are
    ///   checked on finished responses, so they may refer to any question, wherever it is asked.
    mutating func checkQualityDeclarations() {
        var position = 0
        for section in survey.sections {
            for item in section.items {
                if case .what(let question) = item, let check = question.attentionCheck {
                    checkAttentionCheck(check, of: question, path: itemPaths[position] + "/attention-check")
                }
                position += 1
            }
        }
        var occurrences: [String: Int] = [:]
        for rule in survey.consistencyRules {
            occurrences[rule.id, default: 0] += 1
            let path = SourceMap.path("consistency:" + rule.id, occurrence: occurrences[rule.id]!)
            if occurrences[rule.id]! > 1 {
                error("duplicate consistency rule id '\(rule.id)'", code: "duplicate-id", at: path)
            }
            checkCondition(
                rule.expression, at: ExpressionSite(path: path + "@when", role: "consistency rule '\(rule.id)'"))
        }
    }

    private mutating func checkAttentionCheck(_ check: AttentionCheck, of question: WhatQuestion, path: String) {
        let owner = "the attention check of question '\(question.id)'"
        let keyword = question.kind.keyword
        var rows: (noun: String, options: [ChoiceOption])?
        switch question.kind {
        case .matrix(let options, _): rows = ("row", options)
        case .importance(let needs, _, _): rows = ("need", needs)
        case .text, .ranking, .maxDiff, .kano:
            error(
                "question '\(question.id)' is \(Article.indefinite(keyword)) question, which cannot carry an "
                    + "attention check; use a single, multiple, rating, nps, numeric, date, matrix or importance "
                    + "question", code: "not-supported", at: path)
            return
        default: break
        }
        if let rows {
            if let row = check.row, !rows.options.contains(where: { $0.code == row }) {
                let hint =
                    Suggestion.closest(to: row, in: rows.options.map(\.code)).map { " (did you mean '\($0)'?)" } ?? ""
                error(
                    "\(owner) names \(rows.noun) '\(row)', but the question has no \(rows.noun) '\(row)'\(hint)",
                    code: "unknown-code", at: path + "@row")
            } else if check.row == nil {
                error(
                    "\(owner) needs 'row': the code of the \(rows.noun) that carries the instruction in "
                        + "\(Article.indefinite(keyword)) question", code: "missing-value", at: path)
            }
        } else if let row = check.row {
            error(
                "\(owner) names row '\(row)', but \(Article.indefinite(keyword)) question has no rows; remove 'row'",
                code: "not-applicable", at: path + "@row")
        }
        guard !check.expected.isEmpty else {
            error(
                "\(owner) has an empty 'expect'; list the answers it accepts", code: "missing-value",
                at: path + "@expect")
            return
        }
        for value in check.expected {
            if let problem = problem(accepting: value, in: question.kind) {
                error("\(owner) expects '\(value)', \(problem)", code: "bad-value", at: path + "@expect")
            }
        }
        if case .multipleChoice(_, let min, let max) = question.kind {
            let count = Set(check.expected).count
            if let max, count > max {
                error(
                    "\(owner) expects \(count) selected options, but the question allows at most \(max)",
                    code: "bad-range", at: path + "@expect")
            } else if let min, count < min {
                error(
                    "\(owner) expects \(count) selected options, but the question needs at least \(min)",
                    code: "bad-range", at: path + "@expect")
            }
        }
    }

    /// Why a question of `kind` can never give `value` (the end of a message), or nil when it can.
    private func problem(accepting value: String, in kind: WhatKind) -> String? {
        func onScale(_ min: Int, _ max: Int) -> String? {
            guard let number = Double(value), number == number.rounded(), number >= Double(min),
                number <= Double(max)
            else { return "which is not a point of its scale \(min)..\(max)" }
            return nil
        }
        switch kind {
        case .singleChoice(let source), .multipleChoice(let source, _, _):
            let codes = options(source).map(\.code)
            // An unknown option list is reported where it is named; its codes are unknown here.
            guard !codes.isEmpty, !codes.contains(value) else { return nil }
            let known = codes.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (codes.count > 8 ? ", …" : "")
            return "but the question has no option with code '\(value)' (its codes: \(known))"
        case .rating(let scale), .matrix(_, let scale), .importance(_, let scale, _):
            return onScale(scale.min, scale.max)
        case .nps:
            return onScale(0, 10)
        case .numeric(let integer, let min, let max, _):
            guard let number = Double(value), number.isFinite else { return "which is not a number" }
            if let min, number < min { return "which is below the question's min \(Value.format(min))" }
            if let max, number > max { return "which is above the question's max \(Value.format(max))" }
            if integer, number != number.rounded() { return "but the question takes whole numbers" }
            return nil
        case .date(let min, let max):
            guard Self.isDate(value) else { return "which is not a date written YYYY-MM-DD" }
            if let min, Self.isDate(min), value < min { return "which is before the question's min \(min)" }
            if let max, Self.isDate(max), value > max { return "which is after the question's max \(max)" }
            return nil
        case .text, .ranking, .maxDiff, .kano:
            return nil
        }
    }
}
