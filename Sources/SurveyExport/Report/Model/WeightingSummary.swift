/// Weighting: targets against achieved margins, the weights' distribution, design effect and effective n.
public struct WeightingSummary: Sendable, Hashable, Codable {
    public var weightSet: String
    /// How the weights were made (e.g. "raking on region, age group"), if known.
    public var method: String?
    public var margins: [MarginFinding]
    public var weights: WeightStatistics
    /// Kish's design effect from unequal weights: n Σw² / (Σw)².
    public var designEffect: Double
    /// n / deff.
    public var effectiveSampleSize: Double
    /// The weight distribution (equal-width bins from the smallest to the largest weight).
    public var histogram: [HistogramBin]
}
