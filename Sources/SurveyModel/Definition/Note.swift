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
