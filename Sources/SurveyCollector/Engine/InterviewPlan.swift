import SurveyModel

/// The per-respondent order of everything in an interview, fixed by the survey and the seed: section rotation,
/// item order in randomized sections, option orders, and MaxDiff sets. Rebuilding it from the same seed gives
/// exactly the same plan (replay).
struct InterviewPlan: Sendable {
    struct Entry: Sendable {
        var sectionIndex: Int
        var item: SurveyItem
    }

    /// Every item in the order the respondent meets it.
    let entries: [Entry]
    /// The entry index of each item id.
    let index: [String: Int]
    /// For questions with options, rows, items, needs or features: their codes in display order.
    let orders: [String: [String]]
    /// For MaxDiff questions: the item codes of each set, in display order.
    let maxDiffSets: [String: [[String]]]
    /// Questions whose stored answer can become invalid when other answers change: those with checks or with
    /// options shown conditionally.
    let dependent: Set<String>
    /// What questions by id.
    let questions: [String: WhatQuestion]

    init(survey: Survey, seed: UInt64) {
        var sectionGenerator = SplitMix64(seed: seed, purpose: "sections")
        let sectionOrder = Array(survey.sections.indices)
            .seededShuffled(using: &sectionGenerator) { !survey.sections[$0].rotate }
        var entries: [Entry] = []
        for sectionIndex in sectionOrder {
            let section = survey.sections[sectionIndex]
            var items = section.items
            if section.randomize {
                var generator = SplitMix64(seed: seed, purpose: "items:" + section.id)
                items = Self.blocks(of: items)
                    .seededShuffled(using: &generator) { if case .note = $0[0] { true } else { false } }
                    .flatMap { $0 }
            }
            entries += items.map { Entry(sectionIndex: sectionIndex, item: $0) }
        }
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() { index[entry.item.id] = position }
        var orders: [String: [String]] = [:]
        var sets: [String: [[String]]] = [:]
        for entry in entries {
            guard case .what(let question) = entry.item else { continue }
            var generator = SplitMix64(seed: seed, purpose: "options:" + question.id)
            func order(_ options: [ChoiceOption]) -> [String] {
                let shown = question.randomize
                    ? options.seededShuffled(using: &generator) { $0.anchored } : options
                return shown.map(\.code)
            }
            switch question.kind {
            case .singleChoice(let source), .multipleChoice(let source, _, _), .ranking(let source, _):
                orders[question.id] = order(survey.options(source))
            case .matrix(let rows, _): orders[question.id] = order(rows)
            case .importance(let needs, _, _): orders[question.id] = order(needs)
            case .kano(let features):
                orders[question.id] = order(features.map { ChoiceOption(code: $0.code, label: $0.label) })
            case .maxDiff(let items, let perSet, let count, let designSeed):
                let design = MaxDiffDesigner.design(
                    itemCount: items.count, perSet: perSet, sets: count, seed: designSeed)
                var respondentGenerator = SplitMix64(seed: seed, purpose: "maxdiff:" + question.id)
                sets[question.id] = design.seededShuffled(using: &respondentGenerator).map { set in
                    set.seededShuffled(using: &respondentGenerator).map { items[$0].code }
                }
            case .rating, .nps, .numeric, .text, .date: break
            }
        }
        var dependent = Set<String>()
        var questions: [String: WhatQuestion] = [:]
        for entry in entries {
            guard case .what(let question) = entry.item else { continue }
            questions[question.id] = question
            let conditional: Bool
            switch question.kind {
            case .singleChoice(let source), .multipleChoice(let source, _, _), .ranking(let source, _):
                conditional = survey.options(source).contains { $0.when != nil }
            case .matrix(let rows, _): conditional = rows.contains { $0.when != nil }
            case .importance(let needs, _, _): conditional = needs.contains { $0.when != nil }
            default: conditional = false
            }
            if conditional || !question.checks.isEmpty { dependent.insert(question.id) }
        }
        self.dependent = dependent
        self.questions = questions
        self.entries = entries
        self.index = index
        self.orders = orders
        self.maxDiffSets = sets
    }

    /// Groups a section's items into blocks that move together when the section is randomized: a what question
    /// with the why probes about it that follow it; notes and other items alone.
    private static func blocks(of items: [SurveyItem]) -> [[SurveyItem]] {
        var blocks: [[SurveyItem]] = []
        for item in items {
            if case .why(let probe) = item, let last = blocks.last?.first, case .what(let question) = last,
                question.id == probe.about
            {
                blocks[blocks.count - 1].append(item)
            } else {
                blocks.append([item])
            }
        }
        return blocks
    }
}
