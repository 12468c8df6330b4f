/// The outcome of raking on a cell table.
public struct RakingResult: Sendable {
    /// Adjustment factor per cell (final weight / start weight).
    public var factors: [Double]
    /// Factor per cell right after each margin's step in the last sweep (for calibration-aware SEs).
    public var factorAfterMargin: [[Double]]
    public var sweeps: Int
    /// Largest share error |achieved − target|/total after each sweep.
    public var maxMarginErrorPerSweep: [Double]
    public var converged: Bool
    /// Margin and level of the largest final share error.
    public var worst: (margin: Int, level: Int)
}
