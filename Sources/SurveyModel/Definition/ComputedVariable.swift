/// A variable computed from answers and attributes, re-evaluated after each answer. Computed variables may
/// refer to earlier computed variables, never to themselves or later ones (cycles are errors).
public struct ComputedVariable: Sendable, Hashable {
    public var id: String
    public var expression: Expression

    public init(id: String, expression: Expression) {
        self.id = id
        self.expression = expression
    }
}
