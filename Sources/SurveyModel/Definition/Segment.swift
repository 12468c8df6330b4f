/// A named group of respondents defined by an expression over answers or respondent attributes, e.g.
/// `<segment id="older" when="{age} >= 55"/>`. Usable in conditions (`{older}` is true or false), quotas and
/// analysis (`--by older`).
public struct Segment: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var when: Expression

    public init(id: String, label: LocalizedText, when: Expression) {
        self.id = id
        self.label = label
        self.when = when
    }
}
