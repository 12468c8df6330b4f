/// One answer option (or matrix row, ranking item, need, MaxDiff item): a stable code and a label.
public struct ChoiceOption: Sendable, Hashable {
    /// The stable code stored in responses; unique within its list.
    public var code: String
    public var label: LocalizedText
    /// Keeps its position when the options are randomized (e.g. "none of these", "other").
    public var anchored: Bool
    /// In multiple choice, selecting this option excludes every other (e.g. "none of these").
    public var exclusive: Bool
    /// Selecting this option asks for a specify text ("other, please specify").
    public var other: Bool
    /// Offered only when this evaluates to true.
    public var when: Expression?

    public init(
        code: String, label: LocalizedText, anchored: Bool = false, exclusive: Bool = false, other: Bool = false,
        when: Expression? = nil
    ) {
        self.code = code
        self.label = label
        self.anchored = anchored
        self.exclusive = exclusive
        self.other = other
        self.when = when
    }
}

extension Survey {
    /// The options of `source`, resolving shared lists; an unknown list id yields no options.
    public func options(_ source: OptionSource) -> [ChoiceOption] {
        switch source {
        case .inline(let options): options
        case .list(let id): optionLists.first { $0.id == id }?.options ?? []
        }
    }

    /// The options of `question` in definition order: choices and ranking items (shared lists resolved), matrix
    /// rows, importance needs, MaxDiff items, Kano features (their code and label); none for other kinds.
    public func options(of question: WhatQuestion) -> [ChoiceOption] {
        switch question.kind {
        case .singleChoice(let source), .multipleChoice(let source, _, _), .ranking(let source, _):
            return options(source)
        case .matrix(let rows, _): return rows
        case .importance(let needs, _, _): return needs
        case .maxDiff(let items, _, _, _): return items
        case .kano(let features): return features.map { ChoiceOption(code: $0.code, label: $0.label) }
        case .rating, .nps, .numeric, .text, .date: return []
        }
    }
}
