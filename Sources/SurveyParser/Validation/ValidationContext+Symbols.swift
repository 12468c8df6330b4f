import SurveyModel

extension ValidationContext {
    /// Declares every referenceable name, reporting duplicate ids (across items, computed variables, segments
    /// and attributes, which share one namespace) and duplicate sections, lists and quotas.
    mutating func declareSymbols() {
        for list in survey.optionLists {
            if optionLists[list.id] != nil {
                error("duplicate option list id '\(list.id)'", code: "duplicate-id", at: nextPath("list:" + list.id))
            } else {
                optionLists[list.id] = list
                _ = nextPath("list:" + list.id)
            }
        }
        var sectionIDs = Set<String>()
        for section in survey.sections where !sectionIDs.insert(section.id).inserted {
            error("duplicate section id '\(section.id)'", code: "duplicate-id", at: nextPath("section:" + section.id))
        }
        let itemCount = survey.sections.reduce(0) { $0 + $1.items.count }
        itemOrder.reserveCapacity(itemCount)
        itemPaths.reserveCapacity(itemCount)
        symbols.reserveCapacity(itemCount + survey.computed.count + survey.segments.count + survey.attributes.count)
        occurrenceCounts.reserveCapacity(itemCount + 16)
        var position = 0
        for section in survey.sections {
            for item in section.items {
                let path = nextPath("item:" + item.id)
                itemPaths.append(path)
                if itemOrder[item.id] != nil {
                    error(
                        "duplicate id '\(item.id)': already used by \(describeFirstItem(item.id))",
                        code: "duplicate-id",
                        at: path)
                } else {
                    itemOrder[item.id] = position
                    if case .what(let question) = item {
                        symbols[item.id] = Symbol(kind: .question(question), path: path, order: position)
                    }
                }
                position += 1
            }
        }
        for attribute in survey.attributes {
            declare(
                attribute.id, Symbol(kind: .attribute(attribute), path: nextPath("attribute:" + attribute.id)))
        }
        for variable in survey.computed {
            declare(
                variable.id, Symbol(kind: .computed(variable), path: nextPath("computed:" + variable.id)))
        }
        for segment in survey.segments {
            declare(
                segment.id, Symbol(kind: .segment(segment), path: nextPath("segment:" + segment.id)))
        }
        var quotaIDs = Set<String>()
        for quota in survey.quotas where !quotaIDs.insert(quota.id).inserted {
            error("duplicate quota id '\(quota.id)'", code: "duplicate-id", at: nextPath("quota:" + quota.id))
        }
    }

    private mutating func declare(_ id: String, _ symbol: Symbol) {
        if let existing = symbols[id] {
            error(
                "duplicate id '\(id)': already used by \(existing.description)", code: "duplicate-id", at: symbol.path)
        } else if itemOrder[id] != nil {
            error(
                "duplicate id '\(id)': already used by \(describeFirstItem(id))", code: "duplicate-id", at: symbol.path)
        } else {
            symbols[id] = symbol
        }
    }

    /// The description of the first item with `id` (for duplicate-id messages).
    func describeFirstItem(_ id: String) -> String {
        for section in survey.sections {
            for item in section.items where item.id == id { return describe(item) }
        }
        return "'\(id)'"
    }

    /// The path of the next occurrence of an element recorded as `path` (`path`, `path#2`, ...).
    mutating func nextPath(_ path: String) -> String {
        let count = (occurrenceCounts[path] ?? 0) + 1
        occurrenceCounts[path] = count
        return SourceMap.path(path, occurrence: count)
    }

    func describe(_ item: SurveyItem) -> String { Self.describe(item) }

    /// `single question 'q1'`, `why probe 'w1'`, `note 'n1'`.
    static func describe(_ item: SurveyItem) -> String {
        switch item {
        case .what(let question): "\(question.kind.keyword) question '\(question.id)'"
        case .why(let probe): "why probe '\(probe.id)'"
        case .note(let note): "note '\(note.id)'"
        }
    }

    /// The options of a question's option source (empty for an unknown list).
    func options(_ source: OptionSource) -> [ChoiceOption] {
        switch source {
        case .inline(let options): options
        case .list(let id): optionLists[id]?.options ?? []
        }
    }
}
