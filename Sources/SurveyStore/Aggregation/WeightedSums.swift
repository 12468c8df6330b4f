/// Weighted sums of a numeric variable in one group: n (non-missing responses), Σw, Σw·x and Σw·x².
///
/// Weighted mean = Σw·x / Σw and weighted total = Σw·x (the Hájek and Horvitz–Thompson forms; Lohr, *Sampling:
/// Design and Analysis*, 2nd ed., §2.8 and §4.3); Σw·x² gives the weighted variance Σw·x²/Σw − mean².
public struct WeightedSums: Sendable, Hashable {
    public var group: String?
    public var count: Int
    public var sumWeights: Double
    public var sumWeightedValues: Double
    public var sumWeightedSquares: Double

    /// Σw·x / Σw (NaN when Σw is 0).
    public var mean: Double { sumWeightedValues / sumWeights }
}
