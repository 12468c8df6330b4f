/// A node of an expression tree, with its character range in the source (ignored by equality).
public struct ExpressionNode: Sendable, Hashable, CustomStringConvertible {
    public indirect enum Kind: Sendable, Hashable {
        case literal(Value)
        case reference(Reference)
        case unary(UnaryOperator, ExpressionNode)
        case binary(BinaryOperator, ExpressionNode, ExpressionNode)
        /// `value in [a, b, ...]` or `value not in [...]`.
        case membership(ExpressionNode, [ExpressionNode], negated: Bool)
        case call(String, [ExpressionNode])
        /// `[a, b, ...]` as a value.
        case list([ExpressionNode])
    }

    public var kind: Kind
    /// The node's character offsets in `Expression.source` (0-based, half-open).
    public var range: Range<Int>

    public init(_ kind: Kind, range: Range<Int> = 0..<0) {
        self.kind = kind
        self.range = range
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.kind == rhs.kind }
    public func hash(into hasher: inout Hasher) { hasher.combine(kind) }

    public var references: [Reference] {
        switch kind {
        case .literal: []
        case .reference(let reference): [reference]
        case .unary(_, let operand): operand.references
        case .binary(_, let lhs, let rhs): lhs.references + rhs.references
        case .membership(let value, let list, _): value.references + list.flatMap(\.references)
        case .call(_, let arguments), .list(let arguments): arguments.flatMap(\.references)
        }
    }
}
