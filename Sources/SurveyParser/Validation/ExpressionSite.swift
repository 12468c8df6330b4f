/// Where an expression (or a piped text) is written, and which references it may use.
struct ExpressionSite {
    /// The source-map path of the value (e.g. `item:q2@when`); offsets point into it.
    var path: String
    /// Questions at this document position or later may not be referenced (nil: no order rule).
    var limit: Int?
    /// The item the expression belongs to; referring to it is a self-reference unless `allowSelf`.
    var selfID: String?
    /// Checks may refer to their own question.
    var allowSelf = false
    /// What the expression is, for messages: "the condition of question 'q2'".
    var role: String
    /// Extra names allowed in piped texts (`answer`, `previous` in why probes).
    var pipingNames: Set<String> = []
}
