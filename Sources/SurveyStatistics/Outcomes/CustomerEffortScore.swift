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
