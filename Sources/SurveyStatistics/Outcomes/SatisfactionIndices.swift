/// Customer Effort Score (CEB/Dixon et al. 2010; docs/methods.md §6.2). Scales and conventions vary, so both are
/// recorded with the result: the mean score Σx/n on the stated scale, or the share of easy (top-2-box) minus the
/// share of difficult (bottom-2-box) answers.
public struct CustomerEffortScore: Sendable, Equatable {
    public enum Convention: String, Sendable, CaseIterable, Codable {
        case mean
        case netEasy
    }

    public var lowest: Int
    public var highest: Int
    public var convention: Convention
    public var value: Double
    public var standardError: Double

    /// Computes the CES of respondent scores on lowest…highest (higher = easier), ignoring out-of-scale values.
    /// - Throws: `StatisticsError` for a scale under 4 points or bad weights.
    public init(
        scores: [Double], weights: [Double]? = nil, lowest: Int, highest: Int,
        convention: Convention = .mean
    ) throws {
        let summary = try RatingSummary(ratings: scores, weights: weights, lowest: lowest, highest: highest)
        self.lowest = lowest
        self.highest = highest
        self.convention = convention
        switch convention {
        case .mean:
            value = summary.mean
            standardError = summary.meanStandardError
        case .netEasy:
            value = summary.net
            let t = summary.topTwoBox
            let b = summary.bottomTwoBox
            standardError = ((t + b - (t - b) * (t - b)) / summary.effectiveBase).squareRoot()
        }
    }
}

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
