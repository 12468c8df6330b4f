import SurveyModel

extension XLSFormConverter {
    /// Columns a question row may carry that the conversion reads (labels and hints in any language too).
    private static let questionColumns: Set<String> = [
        "type", "name", "relevant", "constraint", "required", "choice_filter", "appearance", "calculation",
        "parameters",
    ]

    /// Types that record the device or the interview rather than ask anything.
    private static let metadataTypes: Set<String> = [
        "start", "end", "today", "deviceid", "imei", "username", "email", "phonenumber", "simserial", "subscriberid",
        "audit", "start-geopoint", "background-geopoint", "hidden", "xml-external", "csv-external",
    ]

    /// Converts a question, note or calculate row.
    mutating func question(_ row: XLSFormTable.Row, words: [String]) throws(ConversionError) {
        let typeLocation = table.location("type", row: row.number)
        let type = words.joined(separator: " ")
        var keyword = words[0].lowercased()
        var listName = words.count > 1 ? words[1] : nil
        if keyword == "select", words.count > 2, words[1].lowercased() == "one" {
            keyword = "select_one"
            listName = words[2]
        } else if keyword == "select", let last = words.last, words.count > 2 {
            keyword = "select_multiple"
            listName = last
        } else if keyword == "select1" {
            keyword = "select_one"
        }
        if Self.metadataTypes.contains(keyword) {
            report.add(
                typeLocation, "metadata field \"\(type)\"", "dropped (voc records interview times and devices itself)")
            return
        }
        guard let name = row["name"] else {
            throw ConversionError(
                file: file, location: table.location("name", row: row.number), "the \"\(type)\" row has no name")
        }
        if keyword == "calculate" {
            calculate(row, name: name)
            return
        }
        let id = ids.itemID(name, location: table.location("name", row: row.number), report: &report)
        let label = text(row, "label") ?? LocalizedText(name)
        reportUnreadColumns(row)
        let when = row["relevant"].flatMap {
            translate($0, column: "relevant", row: row.number, dropped: "the question is always asked")
        }
        if keyword == "note" || keyword == "acknowledge" {
            if keyword == "acknowledge" { report.add(typeLocation, "type acknowledge", "kept as a note") }
            append(.note(Note(id: id, text: label, when: when)))
            return
        }
        let (kind, symbolKind) = try whatKind(keyword, listName: listName, type: type, row: row, id: id)
        if case .text = kind, foldSpecifyText(row, name: name, when: when) { return }
        if case .text = kind, let probe = whyProbe(row, id: id, label: label, when: when) {
            append(.why(probe))
            return
        }
        let symbol = InteropSymbol(id: id, kind: symbolKind)
        var checks: [Check] = []
        if let constraint = row["constraint"],
            let condition = translate(
                constraint, column: "constraint", row: row.number, dropped: "the answer is not checked", current: symbol
            )
        {
            let message =
                text(row, "constraint_message")
                ?? LocalizedText("The answer does not meet the condition \(constraint).")
            checks.append(Check(condition: condition, message: message))
        } else if row["constraint_message"] != nil {
            report.add(
                table.location("constraint_message", row: row.number), "constraint_message",
                "dropped with its constraint")
        }
        if let appearance = row["appearance"],
            !((frames.last?.isGridCandidate ?? false) && ["label", "list-nolabel"].contains(appearance.lowercased())),
            !(kind.keyword == "rating" && appearance.lowercased() == "likert")
        {
            report.add(
                table.location("appearance", row: row.number), "appearance \"\(appearance)\"",
                "dropped (voc has no display hints)")
        }
        let question = WhatQuestion(
            id: id, text: label, help: text(row, "hint"), kind: kind, when: when, required: required(row),
            checks: checks)
        symbols[name] = symbol
        if !frames.isEmpty { frames[frames.count - 1].questionRows[id] = row.number }
        append(.what(question))
    }

    /// The voc kind of a question type, and how expressions see its answer.
    private mutating func whatKind(
        _ keyword: String, listName: String?, type: String, row: XLSFormTable.Row, id: String
    ) throws(ConversionError) -> (WhatKind, InteropSymbol.Kind) {
        let typeLocation = table.location("type", row: row.number)
        switch keyword {
        case "select_one", "select_multiple", "rank":
            guard let listName else {
                throw ConversionError(file: file, location: typeLocation, "\"\(type)\" names no choice list")
            }
            guard let list = lists[listName] else {
                throw ConversionError(
                    file: file, location: typeLocation,
                    "\(keyword) refers to the list \"\(listName)\", which the choices sheet does not have")
            }
            let orOther = type.lowercased().hasSuffix(" or_other")
            let source = options(list, orOther: orOther, row: row)
            switch keyword {
            case "select_one":
                if !orOther, row["choice_filter"] == nil, row["appearance"]?.lowercased().contains("likert") == true,
                    let scale = list.ratingScale
                {
                    if !listStillUsed(list.id, except: []) { optionLists.removeAll { $0.id == list.id } }
                    return (.rating(scale: scale), .number)
                }
                return (.singleChoice(options: source), .choice(codes(list, orOther: orOther)))
            case "select_multiple":
                return (.multipleChoice(options: source, min: nil, max: nil), .choices(codes(list, orOther: orOther)))
            default: return (.ranking(items: source, top: nil), .choices(codes(list, orOther: orOther)))
            }
        case "integer", "decimal":
            return (.numeric(integer: keyword == "integer", min: nil, max: nil, unit: nil), .number)
        case "range": return (range(row), .number)
        case "text": return (.text(maxLength: nil, pattern: nil), .other)
        case "date": return (.date(min: nil, max: nil), .other)
        default:
            report.add(typeLocation, "type \"\(type)\"", "not a voc question type; kept as a text question")
            return (.text(maxLength: nil, pattern: nil), .other)
        }
    }

    /// A `range` question: NPS for 0-10 in steps of 1, otherwise a rating scale of its whole-number bounds.
    private mutating func range(_ row: XLSFormTable.Row) -> WhatKind {
        var parameters: [String: Int] = ["start": 0, "end": 10, "step": 1]
        for pair in (row["parameters"] ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," }) {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, let value = Int(parts[1].trimmingSpaces) { parameters[parts[0].lowercased()] = value }
        }
        return InteropScale.range(
            start: parameters["start"] ?? 0, end: parameters["end"] ?? 10, step: parameters["step"] ?? 1,
            at: table.location("parameters", row: row.number), report: &report)
    }

    /// Whether the row's `required` says yes; a conditional `required` is reported and read as optional.
    private mutating func required(_ row: XLSFormTable.Row) -> Bool {
        if let message = row["required_message"] {
            report.add(
                table.location("required_message", row: row.number), "required_message \"\(message)\"", "dropped")
        }
        guard let value = row["required"]?.lowercased() else { return false }
        if ["yes", "true", "true()", "1", "y"].contains(value) { return true }
        if ["no", "false", "false()", "0", "n"].contains(value) { return false }
        report.add(
            table.location("required", row: row.number), "required \"\(row["required"] ?? value)\"",
            "a conditional requirement is not supported; the question is optional")
        return false
    }

    /// Reports every column of `row` the conversion does not read.
    private mutating func reportUnreadColumns(_ row: XLSFormTable.Row) {
        for column in row.cells.keys.sorted()
        where !Self.questionColumns.contains(column) && !isText(column) && !column.hasPrefix("constraint_message")
            && column != "required_message"
        {
            report.add(table.location(column, row: row.number), "column \(column) \"\(row[column] ?? "")\"", "dropped")
        }
    }

    /// A `calculate` row as a computed variable, or reported as dropped when its calculation is not translated.
    private mutating func calculate(_ row: XLSFormTable.Row, name: String) {
        guard let calculation = row["calculation"] else {
            report.add(
                table.location("type", row: row.number), "calculate \"\(name)\" without a calculation", "dropped")
            return
        }
        guard
            let expression = translate(
                calculation, column: "calculation", row: row.number, dropped: "the calculate \"\(name)\" is dropped")
        else { return }
        let id = ids.itemID(name, location: table.location("name", row: row.number), report: &report)
        computed.append(ComputedVariable(id: id, expression: expression))
        symbols[name] = InteropSymbol(id: id, kind: .other)
    }

    /// The voc translation of an expression in `column`, or nil with a report item saying what was `dropped`.
    mutating func translate(
        _ text: String, column: String, row: Int, dropped: String, current: InteropSymbol? = nil,
        names: [String: String] = [:]
    ) -> Expression? {
        InteropExpressionParser.translated(
            text, dialect: .xlsForm, symbols: symbols, current: current, names: names,
            at: table.location(column, row: row), construct: "\(column) \"\(text)\"", dropped: dropped,
            report: &report)
    }
}
