/// Weighted descriptive moments used across the library.
///
/// With weights wᵢ ≥ 0 (all 1 when absent): mean ȳ = Σwᵢyᵢ/Σwᵢ; the standard error of the mean is the
/// with-replacement linearization (Taylor) estimate SE² = n/(n−1) · Σwᵢ²(yᵢ − ȳ)²/(Σwᵢ)², which reduces to s²/n
/// for equal weights (Wolter 2007, *Introduction to Variance Estimation*, §6; Lumley 2010, *Complex Surveys*,
/// §2.3). Kish's effective sample size n_eff = (Σw)²/Σw² (Kish 1965).
public struct WeightedMoments: Sendable, Equatable {
    /// Number of observations with positive weight.
    public var count: Int
    /// Σwᵢ.
    public var sumOfWeights: Double
    /// Σwᵢ².
    public var sumOfSquaredWeights: Double
    /// Weighted mean ȳ (NaN when there are no observations).
    public var mean: Double
    /// Linearization standard error of ȳ (NaN when count < 2).
    public var standardError: Double
    /// Weighted variance Σwᵢ(yᵢ − ȳ)²/Σwᵢ · n/(n − 1) (NaN when count < 2).
    public var variance: Double

    /// Kish effective sample size (Σw)²/Σw².
    public var effectiveSampleSize: Double { sumOfWeights * sumOfWeights / sumOfSquaredWeights }

    /// Computes the moments of `values`, skipping NaN values and zero weights.
    /// - Throws: `StatisticsError.lengthMismatch` when `weights` is given with a different length, and
    ///   `.invalidArgument` for a negative or non-finite weight.
    public init(_ values: [Double], weights: [Double]? = nil) throws {
        try StatisticsError.checkLength(weights, argument: "weights", expected: values.count)
        var n = 0
        var sw = 0.0
        var sww = 0.0
        var swy = 0.0
        for i in values.indices where !values[i].isNaN {
            let w = weights?[i] ?? 1
            guard w >= 0, w.isFinite else { throw StatisticsError.invalidArgument("weights: must be finite, ≥ 0") }
            if w == 0 { continue }
            n += 1
            sw += w
            sww += w * w
            swy += w * values[i]
        }
        let mean = n > 0 ? swy / sw : .nan
        var sumSquares = 0.0
        var sumWeightedSquares = 0.0
        for i in values.indices where !values[i].isNaN {
            let w = weights?[i] ?? 1
            if w == 0 { continue }
            let d = values[i] - mean
            sumSquares += w * d * d
            sumWeightedSquares += w * w * d * d
        }
        count = n
        sumOfWeights = sw
        sumOfSquaredWeights = sww
        self.mean = mean
        if n >= 2 {
            let correction = Double(n) / Double(n - 1)
            variance = sumSquares / sw * correction
            standardError = (sumWeightedSquares / (sw * sw) * correction).squareRoot()
        } else {
            variance = .nan
            standardError = .nan
        }
    }
}
