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

    public init(
        weightSet: String, method: String? = nil, margins: [MarginFinding], weights: WeightStatistics,
        designEffect: Double, effectiveSampleSize: Double, histogram: [HistogramBin]
    ) {
        self.weightSet = weightSet
        self.method = method
        self.margins = margins
        self.weights = weights
        self.designEffect = designEffect
        self.effectiveSampleSize = effectiveSampleSize
        self.histogram = histogram
    }
}

/// One population margin: the target share and the sample's share before and after weighting.
public struct MarginFinding: Sendable, Hashable, Codable {
    public var variable: String
    public var level: String
    public var target: Double
    public var unweighted: Double
    public var weighted: Double

    public init(variable: String, level: String, target: Double, unweighted: Double, weighted: Double) {
        self.variable = variable
        self.level = level
        self.target = target
        self.unweighted = unweighted
        self.weighted = weighted
    }
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

    public init(
        count: Int, minimum: Double, median: Double, maximum: Double, mean: Double,
        coefficientOfVariation: Double
    ) {
        self.count = count
        self.minimum = minimum
        self.median = median
        self.maximum = maximum
        self.mean = mean
        self.coefficientOfVariation = coefficientOfVariation
    }
}

/// A histogram bin `[lower, upper)` (the last bin includes its upper edge).
public struct HistogramBin: Sendable, Hashable, Codable {
    public var lower: Double
    public var upper: Double
    public var count: Int

    public init(lower: Double, upper: Double, count: Int) {
        self.lower = lower
        self.upper = upper
        self.count = count
    }
}
