/// Trimming bounds, each absolute or a multiple of the mean calibrated weight (`3x` in the CLI).
public struct TrimBounds: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var lowerIsRelative: Bool
    public var upperIsRelative: Bool

    public init(lower: Double, upper: Double, lowerIsRelative: Bool = false, upperIsRelative: Bool = false) {
        self.lower = lower
        self.upper = upper
        self.lowerIsRelative = lowerIsRelative
        self.upperIsRelative = upperIsRelative
    }

    /// Absolute bounds for weights whose mean is `meanWeight` (an upper bound below the lower one is raised to it).
    public func resolved(meanWeight: Double) -> ClosedRange<Double> {
        let low = lowerIsRelative ? lower * meanWeight : lower
        let high = upperIsRelative ? upper * meanWeight : upper
        return low...max(low, high)
    }
}
