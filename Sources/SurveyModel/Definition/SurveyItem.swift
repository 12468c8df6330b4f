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

/// Text shown to the respondent (or, in a focus group, a stimulus or instruction); nothing is asked.
public struct Note: Sendable, Hashable {
    public var id: String
    public var text: LocalizedText
    public var when: Expression?
    public var kind: NoteKind

    public init(id: String, text: LocalizedText, when: Expression? = nil, kind: NoteKind = .info) {
        self.id = id
        self.text = text
        self.when = when
        self.kind = kind
    }
}

/// What a note is for.
public enum NoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text read or shown to the respondent.
    case info
    /// An instruction for the interviewer or moderator only.
    case instruction
    /// A stimulus to show (concept board, prototype, video).
    case stimulus
}
