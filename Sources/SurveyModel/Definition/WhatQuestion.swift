/// A closed, countable question: the respondent's answer says *what* they want or think.
public struct WhatQuestion: Sendable, Hashable {
    public var id: String
    public var text: LocalizedText
    /// Extra guidance shown under the question.
    public var help: LocalizedText?
    public var kind: WhatKind
    /// Asked only when this evaluates to true; when false, the answer is null (skipped).
    public var when: Expression?
    /// Whether an answer is needed to go on (default true). "Don't know"/"refused" count as answers when allowed.
    public var required: Bool
    public var allowDontKnow: Bool
    public var allowRefused: Bool
    /// Whether options (or rows, items, features) are shown in a seeded random order; anchored ones stay put.
    public var randomize: Bool
    /// Validation rules checked after the answer is entered.
    public var checks: [Check]
    /// Whether the answer is personal data (e.g. an e-mail): kept out of messages and flagged in exports.
    public var personal: Bool
    /// An instructed-response item (attention check) this question carries, if any.
    public var attentionCheck: AttentionCheck?

    public init(
        id: String, text: LocalizedText, help: LocalizedText? = nil, kind: WhatKind, when: Expression? = nil,
        required: Bool = true, allowDontKnow: Bool = false, allowRefused: Bool = false, randomize: Bool = false,
        checks: [Check] = [], personal: Bool = false, attentionCheck: AttentionCheck? = nil
    ) {
        self.id = id
        self.text = text
        self.help = help
        self.kind = kind
        self.when = when
        self.required = required
        self.allowDontKnow = allowDontKnow
        self.allowRefused = allowRefused
        self.randomize = randomize
        self.checks = checks
        self.personal = personal
        self.attentionCheck = attentionCheck
    }
}
