/// The result of a two-sample test: the statistic, its p-value and the quantities behind them.
public struct TwoSampleTestResult: Sendable, Equatable {
    /// Estimate of group 1 minus estimate of group 2.
    public var difference: Double
    /// Standard error of the difference used in the statistic.
    public var standardError: Double
    /// The test statistic (z or t).
    public var statistic: Double
    /// Degrees of freedom (`.infinity` for z tests).
    public var degreesOfFreedom: Double
    /// Two-sided p-value.
    public var pValue: Double
}
