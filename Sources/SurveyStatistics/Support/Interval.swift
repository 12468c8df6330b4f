/// A closed interval [lower, upper], used for confidence intervals.
public struct Interval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
}
