import SurveyModel

extension XLSFormConverter {
    /// `begin group` / `begin repeat`: opens a frame (a repeat is reported: its questions are asked once).
    mutating func begin(_ row: XLSFormTable.Row, isRepeat: Bool) throws(ConversionError) {
        let kind = isRepeat ? "repeat" : "group"
        guard let name = row["name"] else {
            throw ConversionError(
                file: file, location: table.location("name", row: row.number), "the \(kind) has no name")
        }
        if frames.isEmpty { closeLooseSection() }
        let id = ids.itemID(name, location: table.location("name", row: row.number), report: &report)
        var when: Expression?
        if let relevant = row["relevant"] {
            when = translate(
                relevant, column: "relevant", row: row.number, dropped: "the \(kind)'s questions are always asked")
        }
        if isRepeat {
            report.add(
                table.location("type", row: row.number), "repeat group \"\(name)\"",
                "not supported; its questions are asked once")
            if let count = row["repeat_count"] {
                report.add(table.location("repeat_count", row: row.number), "repeat_count \"\(count)\"", "dropped")
            }
        }
        let appearance = row["appearance"]?.lowercased()
        for column in row.cells.keys.sorted() where !Self.groupColumns.contains(column) && !isText(column) {
            report.add(table.location(column, row: row.number), "column \(column) on a \(kind)", "dropped")
        }
        frames.append(
            XLSFormGroupFrame(
                name: name, id: id, row: row.number, label: text(row, "label"), when: when, appearance: appearance,
                isRepeat: isRepeat))
    }

    private static let groupColumns: Set<String> = ["type", "name", "relevant", "appearance", "repeat_count"]

    /// Whether `column` is a label or hint in some language (carried over with the item).
    func isText(_ column: String) -> Bool {
        column == "label" || column == "hint" || column.hasPrefix("label::") || column.hasPrefix("hint::")
    }

    /// `end group` / `end repeat`: closes the innermost frame into a section (top level) or into its parent.
    mutating func end(_ row: XLSFormTable.Row) throws(ConversionError) {
        guard var frame = frames.popLast() else {
            throw ConversionError(
                file: file, location: table.location("type", row: row.number),
                "\"\(row["type"] ?? "end")\" without a matching begin")
        }
        if frame.isGridCandidate, let matrix = grid(frame) {
            frame.items = [.what(matrix)]
        } else if let appearance = frame.appearance {
            report.add(
                table.location("appearance", row: frame.row), "appearance \"\(appearance)\" on group \"\(frame.name)\"",
                frame.isGridCandidate
                    ? "not a grid (its questions are not all select_one of one list with numeric codes); kept as separate questions"
                    : "dropped (voc has no display hints)")
        }
        if frames.isEmpty {
            guard !frame.items.isEmpty else {
                report.add(table.location("type", row: frame.row), "empty group \"\(frame.name)\"", "dropped")
                return
            }
            // Section ids are a namespace of their own, so a grid's section and its matrix share the group's name.
            sections.append(Section(id: frame.id, title: frame.label, when: frame.when, items: frame.items))
        } else {
            var items = frame.items
            if let label = frame.label, !(items.count == 1 && items[0].id == frame.id) {
                items.insert(.note(Note(id: frame.id, text: label)), at: 0)
            }
            for item in items { append(item.restricted(to: frame.when)) }
        }
    }

    /// The questions outside groups so far, as a section of their own.
    mutating func closeLooseSection() {
        guard !loose.isEmpty else { return }
        let id = ids.reserve("section_\(sections.count + 1)")
        sections.append(Section(id: id, items: loose))
        loose = []
    }

    /// A matrix for a grid group whose questions are all single choices from one list with a numeric scale;
    /// nil otherwise. Conditions and hints of the rows are reported as dropped.
    private mutating func grid(_ frame: XLSFormGroupFrame) -> WhatQuestion? {
        var rows: [ChoiceOption] = []
        var listID: String?
        var questions: [WhatQuestion] = []
        for item in frame.items {
            guard case .what(let question) = item, case .singleChoice(.list(let id)) = question.kind,
                listID == nil || listID == id
            else { return nil }
            listID = id
            questions.append(question)
            rows.append(ChoiceOption(code: question.id, label: question.text))
        }
        guard let listID, questions.count >= 2,
            let list = lists.values.first(where: { $0.id == listID }), let scale = list.ratingScale
        else { return nil }
        for question in questions {
            let location = table.location("name", row: frame.questionRows[question.id] ?? frame.row)
            if question.when != nil {
                report.add(location, "relevant of grid row \"\(question.id)\"", "dropped; the row is always shown")
            }
            if question.help != nil { report.add(location, "hint of grid row \"\(question.id)\"", "dropped") }
            symbols = symbols.mapValues { symbol in
                symbol.id == question.id ? InteropSymbol(id: frame.id, part: question.id, kind: .number) : symbol
            }
        }
        report.add(
            table.location("appearance", row: frame.row),
            "appearance \"\(frame.appearance ?? "")\" on group \"\(frame.name)\"",
            "converted to the matrix \"\(frame.id)\" with \(rows.count) rows on the scale of list \"\(list.name)\"")
        if !listStillUsed(listID, except: Set(questions.map(\.id))) { optionLists.removeAll { $0.id == listID } }
        return WhatQuestion(
            id: frame.id, text: frame.label ?? LocalizedText(frame.name), kind: .matrix(rows: rows, scale: scale),
            required: questions.contains(where: \.required))
    }

    /// Whether a question other than `except` uses the list `id`.
    func listStillUsed(_ id: String, except: Set<String>) -> Bool {
        let items = sections.flatMap(\.items) + loose + frames.flatMap(\.items)
        return items.contains { item in
            guard case .what(let question) = item, !except.contains(question.id) else { return false }
            switch question.kind {
            case .singleChoice(.list(let used)), .multipleChoice(.list(let used), _, _), .ranking(.list(let used), _):
                return used == id
            default: return false
            }
        }
    }
}
