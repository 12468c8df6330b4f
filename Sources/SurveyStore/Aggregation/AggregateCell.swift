/// A cell of the joint table of some variables: its levels (nil: missing), responses and Σ weights.
public struct AggregateCell: Sendable, Hashable {
    public var levels: [String?]
    public var count: Int
    public var weight: Double
}
