/// Everything `voc weight` reports about a run.
public struct WeightingReport: Sendable {
    public var method: String
    public var sweeps: Int
    public var converged: Bool
    public var maxMarginErrorPerSweep: [Double]
    public var margins: [MarginCheck]
    public var summary: WeightSummary
    public var trimmedCount: Int
    public var trimRounds: Int
    public var cellCount: Int
    /// Seconds spent aggregating, calibrating and mapping weights back (after loading).
    public var secondsWeighting: Double
}
