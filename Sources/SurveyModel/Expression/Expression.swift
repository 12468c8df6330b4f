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
