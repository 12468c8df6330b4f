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

/// One population margin: the target share and the sample's share before and after weighting.
public struct MarginFinding: Sendable, Hashable, Codable {
    public var variable: String
    public var level: String
    public var target: Double
    public var unweighted: Double
    public var weighted: Double
}

/// Summary statistics of a weight set.
public struct WeightStatistics: Sendable, Hashable, Codable {
    public var count: Int
    public var minimum: Double
    public var median: Double
    public var maximum: Double
    public var mean: Double
    /// Coefficient of variation (standard deviation / mean).
    public var coefficientOfVariation: Double
}

/// A histogram bin `[lower, upper)` (the last bin includes its upper edge).
public struct HistogramBin: Sendable, Hashable, Codable {
    public var lower: Double
    public var upper: Double
    public var count: Int
}
