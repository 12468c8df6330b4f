/// Summary of a k-point rating (importance, satisfaction, CSAT): top-2-box, bottom-2-box, net and mean
/// (docs/methods.md §2.1).
///
/// With (weighted) counts n₁…n_k of the scale points `lowest…highest` and N = Σnᵢ:
/// T2B = (n_{k−1} + n_k)/N, B2B = (n₁ + n₂)/N, Net = T2B − B2B, Mean = Σ i·nᵢ/N.
/// SE(T2B) = √(p(1 − p)/n_eff), where n_eff is the Kish effective base (N for unweighted counts).
/// Intervals: Wald p ± z·SE and Wilson (Wilson 1927; Agresti & Coull 1998):
/// centre (p + z²/2n)/(1 + z²/n), half-width z√(p(1 − p)/n + z²/4n²)/(1 + z²/n).
public struct RatingSummary: Sendable, Equatable {
    /// Lowest and highest scale points.
    public var lowest: Int
    public var highest: Int
    /// Weighted count per scale point, index 0 = `lowest`.
    public var counts: [Double]
    /// Kish effective base (equals the unweighted count without weights).
    public var effectiveBase: Double
    /// Number of valid (in-scale) responses, unweighted.
    public var unweightedBase: Int
    /// Linearization standard error of the mean.
    public var meanStandardError: Double

    public var total: Double { counts.reduce(0, +) }
    public var topTwoBox: Double { (counts[counts.count - 1] + counts[counts.count - 2]) / total }
    public var bottomTwoBox: Double { (counts[0] + counts[1]) / total }
    public var net: Double { topTwoBox - bottomTwoBox }
    public var mean: Double {
        counts.enumerated().reduce(0) { $0 + Double(lowest + $1.offset) * $1.element } / total
    }
    /// √(T2B(1 − T2B)/n_eff).
    public var topTwoBoxStandardError: Double {
        (topTwoBox * (1 - topTwoBox) / effectiveBase).squareRoot()
    }

    /// Summary from unweighted counts per scale point (index 0 = `lowest`); needs at least 4 points. The
    /// base is N = Σnᵢ (use `init(ratings:weights:lowest:highest:)` for weighted data).
    /// - Throws: `StatisticsError.invalidArgument` for fewer than 4 scale points or negative counts.
    public init(counts: [Double], lowest: Int = 1) throws {
        guard counts.count >= 4 else { throw StatisticsError.invalidArgument("counts: need at least 4 points") }
        guard counts.allSatisfy({ $0 >= 0 }) else { throw StatisticsError.invalidArgument("counts: negative") }
        self.lowest = lowest
        highest = lowest + counts.count - 1
        self.counts = counts
        effectiveBase = counts.reduce(0, +)
        unweightedBase = Int(effectiveBase.rounded())
        let total = effectiveBase
        let mean = counts.enumerated().reduce(0) { $0 + Double(lowest + $1.offset) * $1.element } / total
        let squares = counts.enumerated().reduce(0.0) { sum, entry in
            let d = Double(lowest + entry.offset) - mean
            return sum + entry.element * d * d
        }
        // s²/N with s² = Σnᵢ(i − mean)²/(N − 1).
        meanStandardError = total > 1 ? (squares / (total - 1) / total).squareRoot() : .nan
    }

    /// Summary from respondent-level ratings (values outside the scale and NaN are ignored) and weights.
    /// - Throws: `StatisticsError` for a scale under 4 points, mismatched weights or negative weights.
    public init(ratings: [Double], weights: [Double]? = nil, lowest: Int, highest: Int) throws {
        guard highest - lowest >= 3 else { throw StatisticsError.invalidArgument("scale: need at least 4 points") }
        try StatisticsError.checkLength(weights, argument: "weights", expected: ratings.count)
        var counts = [Double](repeating: 0, count: highest - lowest + 1)
        var valid: [Double] = []
        var validWeights: [Double] = []
        for (i, r) in ratings.enumerated() {
            guard !r.isNaN, r == r.rounded(), r >= Double(lowest), r <= Double(highest) else { continue }
            let w = weights?[i] ?? 1
            guard w >= 0 else { throw StatisticsError.invalidArgument("weights: negative weight") }
            counts[Int(r) - lowest] += w
            valid.append(r)
            validWeights.append(w)
        }
        self.lowest = lowest
        self.highest = highest
        self.counts = counts
        let moments = try WeightedMoments(valid, weights: validWeights)
        effectiveBase = moments.count > 0 ? moments.effectiveSampleSize : 0
        unweightedBase = moments.count
        meanStandardError = moments.standardError
    }

    /// Wald interval p ± z·SE for the top-2-box share at `confidence`.
    public func topTwoBoxWald(confidence: Double = 0.95) -> Interval {
        ProportionInterval.wald(topTwoBox, n: effectiveBase, confidence: confidence)
    }

    /// Wilson interval for the top-2-box share at `confidence`.
    public func topTwoBoxWilson(confidence: Double = 0.95) -> Interval {
        ProportionInterval.wilson(topTwoBox, n: effectiveBase, confidence: confidence)
    }
}
