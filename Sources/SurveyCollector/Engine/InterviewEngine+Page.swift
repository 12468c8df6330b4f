import SurveyModel

/// Pages: the steps a self-completion page shows together (`PageLayout`).
///
/// With `PageLayout.question` (the default) a page is the current step. With `.section`, the items of a section
/// are cut into pages once, from the survey alone (in the respondent's item order), so that a page never changes
/// while it is being answered: a why probe is never on a shared page (each ladder step keeps a page of its own, as
/// its text and presence depend on the answer before it), and a page ends before the first item whose condition,
/// option conditions or piped texts (directly or through computed variables and segments) refer to a question
/// earlier on the same page. A page shows the items of its run that are shown for the current answers; those
/// conditions only refer to answers given on earlier pages, so submitting the page cannot change them.
extension InterviewEngine {
    /// The positions shown together with the cursor on one page, in order (the cursor alone for a question per
    /// page, a why-ladder step or a finished interview: empty).
    public var page: [InterviewPosition] {
        guard let cursor, outcome == nil else { return [] }
        return page(containing: cursor)
    }

    /// Applies one input per position of `page` (a position without one is kept as it is: `.keep`, or
    /// `.acknowledge` for a note), in page order, as `submit` would one by one. Answers at the `confirmed`
    /// positions that raise a soft warning are confirmed. When any input is rejected or needs confirmation,
    /// nothing is taken and the failing positions are returned; otherwise the events of all of them, the cursor
    /// moved past the page (or the interview finished, when a quota screens the respondent out on the way).
    public mutating func submitPage(
        _ inputs: [InterviewPosition: InterviewInput], confirmed: Set<InterviewPosition> = []
    ) -> PageSubmitResult {
        let positions = page
        guard !positions.isEmpty else { return .needsCorrection([:]) }
        var attempt = self
        var events: [InterviewEvent] = []
        var problems: [InterviewPosition: SubmitResult] = [:]
        for position in positions {
            attempt.cursor = position
            attempt.pending = nil
            let input = inputs[position] ?? (plan.isNote(position) ? .acknowledge : .keep)
            var result = attempt.submit(input)
            if case .needsConfirmation = result, confirmed.contains(position) { result = attempt.submit(.confirm) }
            switch result {
            case .accepted(let taken): events += taken
            default: problems[position] = result
            }
            if attempt.isFinished { break }
        }
        guard problems.isEmpty else { return .needsCorrection(problems) }
        self = attempt
        return .accepted(events)
    }

    /// Goes back from the current page to the first position of the page before it (the previous page that has a
    /// question); rejected on the first page.
    public mutating func goBackPage() -> SubmitResult {
        guard outcome == nil, let current = cursor else { return .rejected(localized(.finished)) }
        let first = page.first ?? current
        cursor = first
        let result = submit(.back)
        guard case .accepted = result, let target = cursor else {
            cursor = current
            return result
        }
        let start = page.first ?? target
        guard start != target else { return result }
        cursor = start
        return .accepted([.wentBack(from: first, to: start), cursorEvent(start, route: route())])
    }

    /// The page `position` is on (see the extension's documentation).
    func page(containing position: InterviewPosition) -> [InterviewPosition] {
        guard position.depth == 0, let entryIndex = plan.index[position.itemID] else { return [position] }
        let sectionIndex = plan.entries[entryIndex].sectionIndex
        let section = survey.sections[sectionIndex]
        guard (section.page ?? survey.page) == .section, !plan.isProbe(entryIndex) else { return [position] }
        var start = entryIndex
        while start > 0, plan.entries[start - 1].sectionIndex == sectionIndex { start -= 1 }
        var run: [Int] = []
        var asked: Set<String> = []
        var index = start
        while index < plan.entries.count, plan.entries[index].sectionIndex == sectionIndex {
            let item = plan.entries[index].item
            if plan.isProbe(index) || (!run.isEmpty && refers(item, to: asked)) {
                if run.contains(entryIndex) { break }
                run = []
                asked = []
            }
            if !plan.isProbe(index) {
                run.append(index)
                if case .what(let question) = item { asked.insert(question.id) }
            }
            index += 1
        }
        let shown = run.filter { isShown(plan.entries[$0]) }.map { InterviewPosition(itemID: plan.entries[$0].item.id) }
        return shown.contains(position) ? shown : [position]
    }

    /// Whether `item`'s condition, its options' conditions or its piped texts refer to any of `ids`, directly or
    /// through computed variables and segments.
    private func refers(_ item: SurveyItem, to ids: Set<String>) -> Bool {
        var names: [String] = item.when.map { $0.references.map(\.id) } ?? []
        var texts: [LocalizedText] = []
        switch item {
        case .what(let question):
            texts = [question.text] + (question.help.map { [$0] } ?? [])
            for option in survey.options(of: question) {
                texts.append(option.label)
                names += option.when.map { $0.references.map(\.id) } ?? []
            }
        case .note(let note): texts = [note.text]
        case .why: break
        }
        for text in texts { names += Self.pipedNames(text.resolved(in: language)) }
        var seen: Set<String> = []
        while let name = names.popLast() {
            guard seen.insert(name).inserted else { continue }
            if ids.contains(name) { return true }
            if let computed = survey.computed.first(where: { $0.id == name }) {
                names += computed.expression.references.map(\.id)
            } else if let segment = survey.segments.first(where: { $0.id == name }) {
                names += segment.when.references.map(\.id)
            }
        }
        return false
    }

    /// The ids piped into `text` (`{id}` and `{id.part}`).
    private static func pipedNames(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            names.append(String(name.prefix { $0 != "." }))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

extension InterviewPlan {
    func isProbe(_ entryIndex: Int) -> Bool {
        if case .why = entries[entryIndex].item { return true }
        return false
    }
}
