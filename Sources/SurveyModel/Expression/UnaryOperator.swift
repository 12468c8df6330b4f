public enum UnaryOperator: String, Sendable, Hashable, CaseIterable {
    case not
    case negate = "-"
}
