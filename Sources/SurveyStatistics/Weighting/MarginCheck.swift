/// Achieved against target for one level of one margin.
public struct MarginCheck: Sendable, Equatable {
    public var variable: String
    public var level: String
    public var target: Double
    public var achieved: Double
}
