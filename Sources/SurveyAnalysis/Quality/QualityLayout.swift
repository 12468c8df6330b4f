import SurveyModel

/// What a quality run looks at in a survey: its closed items (for duplicates), its grids (for straightlining),
/// its attention checks and consistency rules, and its why probes' texts (for copies of the question).
struct QualityLayout {
    /// One closed item: a question, or one row of a grid.
    struct Item {
        let questionID: String
        /// The grid cell key (row code, `code.perf`), or nil for the question as a whole.
        let key: String?
    }

    /// A grid judged for straightlining: its label and its rows' items (`items`, in the survey's row order).
    struct Grid {
        let label: String
        let items: Range<Int>
    }

    /// A value as it is compared across responses.
    enum Cell: Hashable {
        case number(Double)
        case text(String)
    }

    let items: [Item]
    let grids: [Grid]
    /// Closed questions, in survey order (item non-response and per-question timing).
    let questions: [WhatQuestion]
    /// For each of `questions`, the conditions (its section's and its own) under which it is asked.
    let conditions: [[Expression]]
    let itemIndex: [String: [(key: String?, index: Int)]]
    /// Each why probe's texts (question and ladder, every language) normalised without piping, with their lengths
    /// in Unicode scalars.
    let probeTexts: [String: [(text: String, length: Int)]]

    init(survey: Survey) {
        var items: [Item] = []
        var grids: [Grid] = []
        let questions = survey.whatQuestions
        for question in questions {
            switch question.kind {
            case .matrix(let rows, _):
                let keys = rows.map(\.code)
                grids.append(Grid(label: question.id, items: items.count..<(items.count + keys.count)))
                items += keys.map { Item(questionID: question.id, key: $0) }
            case .importance(let needs, _, let performance):
                let keys = needs.map(\.code)
                grids.append(Grid(label: question.id, items: items.count..<(items.count + keys.count)))
                items += keys.map { Item(questionID: question.id, key: $0) }
                if performance != nil {
                    let perf = keys.map { $0 + ".perf" }
                    grids.append(
                        Grid(label: question.id + " (performance)", items: items.count..<(items.count + perf.count)))
                    items += perf.map { Item(questionID: question.id, key: $0) }
                }
            case .kano(let features):
                for feature in features {
                    items.append(Item(questionID: question.id, key: feature.code + ".f"))
                    items.append(Item(questionID: question.id, key: feature.code + ".d"))
                }
            case .text:
                continue
            default:
                items.append(Item(questionID: question.id, key: nil))
            }
        }
        var index: [String: [(key: String?, index: Int)]] = [:]
        for (position, item) in items.enumerated() {
            index[item.questionID, default: []].append((item.key, position))
        }
        var probeTexts: [String: [(text: String, length: Int)]] = [:]
        for probe in survey.whyProbes {
            let texts = [probe.text, probe.ladderText].flatMap { [$0.text] + Array($0.translations.values) }
            probeTexts[probe.id] = texts.map {
                let normalized = OpenAnswerCheck.normalized(Self.withoutPiping($0))
                return (normalized, normalized.unicodeScalars.count)
            }
        }
        self.items = items
        self.grids = grids
        self.questions = questions
        conditions = survey.sections.flatMap { section in
            section.items.compactMap { item -> [Expression]? in
                guard case .what(let question) = item else { return nil }
                return [section.when, question.when].compactMap { $0 }
            }
        }
        self.itemIndex = index
        self.probeTexts = probeTexts
    }

    /// Calls `body` with each item index and cell of `answer` for the items of `questionID` (none: not answered or
    /// not comparable).
    func forEachCell(_ answer: AnswerValue, questionID: String, _ body: (Int, Cell) -> Void) {
        guard let targets = itemIndex[questionID], let first = targets.first else { return }
        switch answer {
        case .grid(let values):
            for target in targets {
                if let key = target.key, let value = values[key] { body(target.index, .number(value)) }
            }
        case .code(let code):
            if first.key == nil { body(first.index, .text(code)) }
        case .codes(let codes): body(first.index, .text(codes.sorted().joined(separator: "\u{1}")))
        case .ranking(let codes): body(first.index, .text(codes.joined(separator: "\u{1}")))
        case .number(let number): body(first.index, .number(number))
        case .date(let text), .text(let text): body(first.index, .text(text))
        case .maxDiff(let choices):
            body(first.index, .text(choices.map { $0.best + "\u{2}" + $0.worst }.joined(separator: "\u{1}")))
        case .dontKnow: for target in targets { body(target.index, .text("\u{0}dk")) }
        case .refused: for target in targets { body(target.index, .text("\u{0}rf")) }
        }
    }

    /// A probe text without `{answer}`-style piping placeholders.
    static func withoutPiping(_ text: String) -> String {
        var output = ""
        var depth = 0
        for character in text {
            if character == "{" {
                depth += 1
            } else if character == "}" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                output.append(character)
            }
        }
        return output
    }
}
