/// An ACSI-style satisfaction index on 0–100 from item means on 1–10 scales (docs/methods.md §6.3; b2bresearch
/// equal-weight approximation). Equal weights: (Σx̄ᵢ − 3)/27·100 for three items; in general
/// 100·Σwᵢ(x̄ᵢ − 1)/(9Σwᵢ). ACSI's own weights are estimated by a proprietary model and are not reproduced.
public enum SatisfactionIndex {
    /// The index from 1–10 item means and optional item weights (equal when nil).
    /// - Throws: `StatisticsError` for weights of the wrong length or an empty list.
    public static func acsiStyle(itemMeans: [Double], itemWeights: [Double]? = nil) throws -> Double {
        guard !itemMeans.isEmpty else {
            throw StatisticsError.insufficientData(argument: "itemMeans", needed: 1, actual: 0)
        }
        let weights = itemWeights ?? [Double](repeating: 1, count: itemMeans.count)
        guard weights.count == itemMeans.count else {
            throw StatisticsError.lengthMismatch(
                argument: "itemWeights", expected: itemMeans.count,
                actual: weights.count)
        }
        let numerator = zip(itemMeans, weights).reduce(0) { $0 + $1.1 * ($1.0 - 1) }
        return 100 * numerator / (9 * weights.reduce(0, +))
    }
}
