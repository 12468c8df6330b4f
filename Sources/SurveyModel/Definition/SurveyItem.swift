/// One item of a section: a closed **what** question, an open **why** probe, or a note.
///
/// The two question families are kept apart everywhere: `what` answers are countable, `why` answers are
/// explanations (coded later into themes and ladders).
public enum SurveyItem: Sendable, Hashable {
    case what(WhatQuestion)
    case why(WhyProbe)
    case note(Note)

    /// The item's identifier, unique across the survey.
    public var id: String {
        switch self {
        case .what(let question): question.id
        case .why(let probe): probe.id
        case .note(let note): note.id
        }
    }

    /// The item's display condition, if any.
    public var when: Expression? {
        switch self {
        case .what(let question): question.when
        case .why(let probe): probe.when
        case .note(let note): note.when
        }
    }
}
