/// A cap on completes in a segment (or any condition). When full, new respondents who fall in it end the
/// interview with a quota-full disposition.
public struct Quota: Sendable, Hashable {
    public var id: String
    /// Who counts towards the quota.
    public var when: Expression
    /// The number of completes wanted.
    public var target: Int

    public init(id: String, when: Expression, target: Int) {
        self.id = id
        self.when = when
        self.target = target
    }
}
