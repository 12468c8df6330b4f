/// A parsed expression: used for `when` conditions, checks, piping, computed variables, segments and quotas.
///
/// Expressions are parsed once, at load, into a typed tree (`root`). `source` keeps the text as written so that
/// files round-trip verbatim; equality compares the trees only, so `{a}>1` and `{a} > 1` are equal.
public struct Expression: Sendable, Hashable, CustomStringConvertible {
    public var root: ExpressionNode
    /// The text as written in the file (or the canonical text when built in code).
    public var source: String

    public init(root: ExpressionNode, source: String? = nil) {
        self.root = root
        self.source = source ?? root.description
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.root == rhs.root }
    public func hash(into hasher: inout Hasher) { hasher.combine(root) }

    public var description: String { source }

    /// Every variable referenced (`{id}` or `{id.part}`), in order of appearance.
    public var references: [Reference] { root.references }
}

/// A reference to a variable: `{id}` or `{id.part}` (a matrix row, a need of a battery, a Kano feature).
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    public var id: String
    public var part: String?

    public init(id: String, part: String? = nil) {
        self.id = id
        self.part = part
    }

    public var description: String { part.map { "{\(id).\($0)}" } ?? "{\(id)}" }
}

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

public enum UnaryOperator: String, Sendable, Hashable, CaseIterable {
    case not
    case negate = "-"
}

/// Binary operators, from the loosest binding to the tightest: `or`; `and`; comparisons; `+ -`; `* / %`.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or, and
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"

    /// Binding strength: higher binds tighter.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 3
        case .add, .subtract: 4
        case .multiply, .divide, .remainder: 5
        }
    }

    public var isComparison: Bool { precedence == 3 }
    public var isArithmetic: Bool { precedence >= 4 }
}
