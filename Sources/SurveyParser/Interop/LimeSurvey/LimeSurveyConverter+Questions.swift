import SurveyModel

extension LimeSurveyConverter {
    typealias Question = LimeSurveyDocument.Question

    /// Converts one question into its items (one, or a note and one question per row for an array whose columns
    /// are not a numeric scale; none for an equation).
    mutating func question(_ question: Question) throws(ConversionError) -> [SurveyItem] {
        let location = "\(question.row.line)"
        let type = question.row["type"] ?? ""
        let code = question.title
        if type == "*" {
            report.add(location, "equation \"\(code)\"", "dropped")
            return []
        }
        let id = ids.itemID(code, location: location, report: &report)
        let text = self.text(question.texts) ?? LocalizedText(code)
        let when = relevance(
            question.row["relevance"], line: question.row.line, dropped: "the question is always asked")
        if type == "X" {
            lastItem = .note(Note(id: id, text: text, when: when))
            return [lastItem].compactMap { $0 }
        }
        let required = question.row["mandatory"] == "Y"
        if question.row["mandatory"] == "S" {
            report.add(location, "soft mandatory \"\(code)\"", "the question is optional")
        }
        let kind = whatKind(question, type: type, id: id)
        if case .text = kind,
            let probe = InteropWhyProbe.probe(
                id: id, text: text, when: when, required: required, previous: lastItem, at: location, report: &report)
        {
            lastItem = .why(probe)
            return [.why(probe)]
        }
        lastItem = .what(
            WhatQuestion(
                id: id, text: text, help: self.text(question.helps), kind: kind, when: when, required: required))
        return [lastItem].compactMap { $0 }
    }

    /// The voc kind of a question type (registering the symbols its answers give expressions).
    private mutating func whatKind(_ question: Question, type: String, id: String) -> WhatKind {
        let code = question.title
        let location = "\(question.row.line)"
        switch type {
        case "L", "!", "O", "Y", "G", "5":
            if type == "5" {
                symbols[code] = InteropSymbol(id: id, kind: .number)
                return .rating(scale: RatingScale(min: 1, max: 5))
            }
            if type == "O" { report.add(location, "list with comment \"\(code)\"", "the comment is dropped") }
            var (options, codes) = answerOptions(question)
            if options.map(\.code) == (0...10).map(String.init),
                (question.texts.values.joined().lowercased()).contains("recommend")
            {
                report.add(location, "list \"\(code)\" of 0-10 asking about recommending", "converted to NPS")
                symbols[code] = InteropSymbol(id: id, kind: .number)
                return .nps(labels: NPSLabels())
            }
            if type == "Y" { (options, codes) = fixed([("Y", "Yes"), ("N", "No")]) }
            if type == "G" { (options, codes) = fixed([("F", "Female"), ("M", "Male")]) }
            if question.row["other"] == "Y" {
                options.append(ChoiceOption(code: "-oth-", label: "Other", anchored: true, other: true))
                codes["-oth-"] = "-oth-"
            }
            symbols[code] = InteropSymbol(id: id, kind: .choice(codes))
            return .singleChoice(options: .inline(options))
        case "M", "P":
            if type == "P" {
                report.add(location, "multiple choice with comments \"\(code)\"", "the comments are dropped")
            }
            var items = rows(question)
            if question.row["other"] == "Y" {
                items.append(ChoiceOption(code: "other", label: "Other", anchored: true, other: true))
            }
            for item in items { multipleItems["\(code)_\(item.code)"] = (code, item.code) }
            symbols[code] = InteropSymbol(
                id: id, kind: .choices(Dictionary(uniqueKeysWithValues: items.map { ($0.code, $0.code) })))
            return .multipleChoice(options: .inline(items), min: nil, max: nil)
        case "A", "B", "F", "H":
            let scale: RatingScale?
            switch type {
            case "A": scale = RatingScale(min: 1, max: 5)
            case "B": scale = RatingScale(min: 1, max: 10)
            default: scale = InteropScale.consecutive(answerOptions(question).0)
            }
            let rows = rows(question)
            for row in rows { symbols["\(code)_\(row.code)"] = InteropSymbol(id: id, part: row.code, kind: .number) }
            guard let scale else {
                report.add(
                    location, "array \"\(code)\" whose answers are not whole numbers in a row",
                    "kept as a text question")
                return .text(maxLength: nil, pattern: nil)
            }
            return .matrix(rows: rows, scale: scale)
        case "N":
            symbols[code] = InteropSymbol(id: id, kind: .number)
            return .numeric(integer: false, min: nil, max: nil, unit: nil)
        case "D":
            symbols[code] = InteropSymbol(id: id, kind: .other)
            return .date(min: nil, max: nil)
        case "R":
            let (options, codes) = answerOptions(question)
            symbols[code] = InteropSymbol(id: id, kind: .choices(codes))
            return .ranking(items: .inline(options), top: nil)
        case "S", "T", "U":
            symbols[code] = InteropSymbol(id: id, kind: .other)
            return .text(maxLength: nil, pattern: nil)
        default:
            report.add(
                location, "question type \(type) (\"\(code)\")", "not a voc question type; kept as a text question")
            return .text(maxLength: nil, pattern: nil)
        }
    }

    /// The answer options (scale 0) of a question with voc codes, and source → voc code.
    private mutating func answerOptions(_ question: Question) -> ([ChoiceOption], [String: String]) {
        let answers = (document.answers[question.qid] ?? []).filter { $0.scale == "0" }
        let codes = InteropIdentifiers.codes(answers.map { ($0.code, "\($0.row.line)") }, report: &report)
        let options = zip(answers, codes).map {
            ChoiceOption(code: $1, label: text($0.texts) ?? LocalizedText($0.code))
        }
        return (options, Dictionary(zip(answers.map(\.code), codes), uniquingKeysWith: { first, _ in first }))
    }

    /// The subquestions of a question (the rows of an array, the items of a multiple choice) as options, in
    /// `question_order`.
    private mutating func rows(_ question: Question) -> [ChoiceOption] {
        let subquestions = (subquestions[question.qid] ?? []).filter { ($0.row["scale_id"] ?? "0") == "0" }
            .sorted { $0.order < $1.order }
        let codes = InteropIdentifiers.codes(subquestions.map { ($0.title, "\($0.row.line)") }, report: &report)
        return zip(subquestions, codes).map { ChoiceOption(code: $1, label: text($0.texts) ?? LocalizedText($1)) }
    }

    /// Options of a fixed type (yes/no, gender) with their codes.
    private func fixed(_ pairs: [(String, String)]) -> ([ChoiceOption], [String: String]) {
        (
            pairs.map { ChoiceOption(code: $0.0, label: LocalizedText($0.1)) },
            Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.0) })
        )
    }

    /// The voc condition of a relevance equation (nil for none or `1`), or nil with a report item at `line`.
    ///
    /// Question codes become references (`Q1` → `${Q1}`, `.NAOK` and `.value` dropped), an item of an earlier
    /// multiple choice compared with `"Y"` becomes `selected(${Q}, 'ITEM')`; the rest is read by the shared
    /// translator in the Expression Manager dialect.
    mutating func relevance(_ equation: String?, line: Int, dropped: String) -> Expression? {
        guard let equation = equation?.trimmingSpaces, !equation.isEmpty, equation != "1" else { return nil }
        return InteropExpressionParser.translated(
            references(equation), dialect: .limeSurvey, symbols: symbols, at: "\(line)",
            construct: "relevance \"\(equation)\"", dropped: dropped, report: &report)
    }

    /// `equation` with question codes outside strings written as `${code}`.
    private func references(_ equation: String) -> String {
        let characters = Array(equation)
        var output = ""
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if c == "\"" || c == "'" {
                let close = characters[(index + 1)...].firstIndex(of: c) ?? characters.count - 1
                output += String(characters[index...close])
                index = close + 1
            } else if c.isLetter || c == "_" {
                var end = index
                while end < characters.count,
                    characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
                {
                    end += 1
                }
                let name = String(characters[index..<end])
                var next = end
                for suffix in [".NAOK", ".value", ".code"]
                where String(characters[next...].prefix(suffix.count)) == suffix {
                    next += suffix.count
                }
                let rest = String(characters[next...]).drop { $0 == " " }
                if let item = multipleItems[name], rest.hasPrefix("==") {
                    let value = rest.dropFirst(2).drop { $0 == " " }
                    if value.hasPrefix("\"Y\"") || value.hasPrefix("'Y'") {
                        output += "selected(${\(item.question)}, '\(item.item)')"
                        index = characters.count - value.count + 3
                        continue
                    }
                }
                output += symbols[name] != nil ? "${\(name)}" : name
                index = symbols[name] != nil ? next : end
            } else {
                output.append(c)
                index += 1
            }
        }
        return output
    }
}
