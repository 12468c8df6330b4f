/// A consistency rule declared in the survey file: an expression over the answers and attributes that must hold
/// for every response (e.g. a stated age against the age band of the sample). A response for which the
/// expression evaluates to false fails the rule and `voc quality` flags it (`consistency`); a response for which
/// it cannot be evaluated (a referenced question unanswered, so the expression is null) is not judged.
///
/// In files: `<consistency-rules><rule id="ID" when="EXPR"><message>…</message></rule></consistency-rules>` after
/// `<weighting>` and before the sections, `"consistency-rules": [{"id", "when", "message"}]` in JSON.
public struct ConsistencyRule: Sendable, Hashable {
    /// The rule's identifier, unique among the survey's consistency rules (names the flag's evidence).
    public var id: String
    /// The condition that must hold (voc expression syntax, as `when` and checks use).
    public var expression: Expression
    /// What the rule checks, in the survey's languages (shown as the flag's evidence).
    public var message: LocalizedText

    public init(id: String, expression: Expression, message: LocalizedText) {
        self.id = id
        self.expression = expression
        self.message = message
    }
}
