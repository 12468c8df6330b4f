import SurveyModel

extension XLSFormConverter {
    /// The options of a select question: its shared list (with an `other` option added for `or_other`, as a list
    /// of its own), or, with a `choice_filter`, the list's options written inline, each offered when the filter
    /// holds for its row of the choices sheet.
    mutating func options(_ list: XLSFormChoiceList, orOther: Bool, row: XLSFormTable.Row) -> OptionSource {
        var options = list.options
        if orOther {
            if let index = options.firstIndex(where: { $0.code == "other" }) {
                options[index].other = true
                options[index].anchored = true
            } else {
                options.append(ChoiceOption(code: "other", label: "Other", anchored: true, other: true))
            }
        }
        if let filter = row["choice_filter"] {
            if let filtered = filteredOptions(options, list: list, filter: filter, row: row.number) {
                return .inline(filtered)
            }
        }
        let id = orOther ? "\(list.id)_or_other" : list.id
        if !optionLists.contains(where: { $0.id == id }) { optionLists.append(OptionList(id: id, options: options)) }
        return .list(id)
    }

    /// Source code → voc code for expressions about a question on `list`.
    func codes(_ list: XLSFormChoiceList, orOther: Bool) -> [String: String] {
        var codes = list.codes
        if orOther { codes["other"] = codes["other"] ?? "other" }
        return codes
    }

    /// `options` each with the condition `filter` gives for its choice row; nil (and a report item) when the
    /// filter cannot be translated for some choice.
    private mutating func filteredOptions(
        _ options: [ChoiceOption], list: XLSFormChoiceList, filter: String, row: Int
    ) -> [ChoiceOption]? {
        var filtered = options
        for (index, choice) in list.rows.enumerated() {
            do {
                let condition = try InteropExpressionParser.translate(
                    filter, dialect: .xlsForm, symbols: symbols, names: choice.cells)
                filtered[index].when = try constantFolded(condition)
            } catch {
                report.add(
                    table.location("choice_filter", row: row), "choice_filter \"\(filter)\"",
                    "not translated (\(error.message)); every choice is offered")
                return nil
            }
        }
        return filtered
    }

    /// `condition` unless it refers to no question at all (a filter on the choice's own columns only), which is
    /// not what a filter means here.
    private func constantFolded(_ condition: Expression) throws(InteropUnsupported) -> Expression {
        guard !condition.references.isEmpty else {
            throw InteropUnsupported("a filter that does not refer to an earlier question")
        }
        return condition
    }

    /// Whether the text question `name` (shown when `when` holds) is the "specify" text of an option of the
    /// choice question just before it, as pyxform writes `or_other` and `voc convert` writes a voc "other,
    /// specify" option: named `Q_other` after the question `Q`, and shown when `Q` has one of its codes
    /// (`selected(${Q}, 'c')` or `${Q} = 'c'`). That option then asks for the text (the question's options
    /// written inline), the text question is not kept, and the report says so.
    mutating func foldSpecifyText(_ row: XLSFormTable.Row, name: String, when: Expression?) -> Bool {
        guard name.hasSuffix("_other"), let when, case .what(var asked)? = lastItem,
            symbols[String(name.dropLast("_other".count))]?.id == asked.id
        else { return false }
        let operands: [ExpressionNode]
        switch when.root.kind {
        case .binary(.equal, let lhs, let rhs): operands = [lhs, rhs]
        case .call("contains", let arguments) where arguments.count == 2: operands = arguments
        default: return false
        }
        guard case .reference(let reference) = operands[0].kind, reference == Reference(id: asked.id),
            case .literal(.string(let code)) = operands[1].kind
        else { return false }
        let source: OptionSource
        switch asked.kind {
        case .singleChoice(let options), .multipleChoice(let options, _, _): source = options
        default: return false
        }
        var options: [ChoiceOption]
        switch source {
        case .inline(let inline): options = inline
        case .list(let id): options = optionLists.first { $0.id == id }?.options ?? []
        }
        guard let index = options.firstIndex(where: { $0.code == code }) else { return false }
        options[index].other = true
        switch asked.kind {
        case .multipleChoice(_, let min, let max):
            asked.kind = .multipleChoice(options: .inline(options), min: min, max: max)
        default: asked.kind = .singleChoice(options: .inline(options))
        }
        replaceLastItem(.what(asked))
        if case .list(let id) = source, !listStillUsed(id, except: []) { optionLists.removeAll { $0.id == id } }
        report.add(
            table.location("type", row: row.number), "text question \"\(name)\"",
            "converted to the specify text of option \"\(code)\" of \"\(asked.id)\"")
        return true
    }

    /// The item added last (to the innermost open group, or to the loose questions).
    var lastItem: SurveyItem? { frames.isEmpty ? loose.last : frames[frames.count - 1].items.last }

    /// Replaces the item added last with `item`.
    mutating func replaceLastItem(_ item: SurveyItem) {
        if frames.isEmpty {
            loose[loose.count - 1] = item
        } else {
            let last = frames.count - 1
            frames[last].items[frames[last].items.count - 1] = item
        }
    }

    /// A text question as a why probe when the source marks it as the follow-up of the question just before it
    /// (see `InteropWhyProbe`); a text question that asks why without that mark is reported and stays text.
    mutating func whyProbe(_ row: XLSFormTable.Row, id: String, label: LocalizedText, when: Expression?) -> WhyProbe? {
        let previous = lastItem
        let probe = InteropWhyProbe.probe(
            id: id, text: label, when: when,
            required: ["yes", "true", "true()"].contains(row["required"]?.lowercased() ?? ""), previous: previous,
            at: table.location("type", row: row.number), report: &report)
        if probe != nil, row["constraint"] != nil {
            report.add(table.location("constraint", row: row.number), "constraint on a why probe", "dropped")
        }
        return probe
    }
}
