/// Net Promoter Score with its standard error (Reichheld 2003, HBR; variance as in docs/methods.md §6.1, cybaea 2016).
///
/// Promoters score 9–10, passives 7–8, detractors 0–6 on the 0–10 recommendation question.
/// NPS = 100(p − d); Var = 100²·(p + d − (p − d)²)/n, i.e. SE = 100√((p + d − (p − d)²)/n), the variance of a
/// +1/0/−1 score per respondent. Weighted data use weighted p, d and the Kish effective n.
/// Difference between independent waves or segments: z = (NPS₁ − NPS₂)/√(SE₁² + SE₂²).
public struct NetPromoterScore: Sendable, Equatable {
    public var promoterShare: Double
    public var detractorShare: Double
    /// n, or the Kish effective n for weighted data.
    public var effectiveBase: Double

    public var score: Double { 100 * (promoterShare - detractorShare) }
    public var standardError: Double {
        let p = promoterShare
        let d = detractorShare
        return 100 * ((p + d - (p - d) * (p - d)) / effectiveBase).squareRoot()
    }

    /// From counts of promoters, passives and detractors.
    public init(promoters: Double, passives: Double, detractors: Double) {
        let n = promoters + passives + detractors
        promoterShare = promoters / n
        detractorShare = detractors / n
        effectiveBase = n
    }

    /// From 0–10 scores (values outside 0…10 and NaN are ignored) and optional weights.
    /// - Throws: `StatisticsError` for weights of the wrong length or negative weights.
    public init(scores: [Double], weights: [Double]? = nil) throws {
        let valid = scores.map { $0 >= 0 && $0 <= 10 ? $0 : .nan }
        let codes = valid.map { $0.isNaN ? Double.nan : ($0 >= 9 ? 1 : ($0 <= 6 ? -1 : 0)) }
        let promoters = try WeightedMoments(codes.map { $0.isNaN ? .nan : ($0 == 1 ? 1 : 0) }, weights: weights)
        let detractors = try WeightedMoments(codes.map { $0.isNaN ? .nan : ($0 == -1 ? 1 : 0) }, weights: weights)
        promoterShare = promoters.mean
        detractorShare = detractors.mean
        effectiveBase = promoters.count > 0 ? promoters.effectiveSampleSize : 0
    }

    /// NPS ± z·SE with z = Φ⁻¹((1 + confidence)/2).
    public func interval(confidence: Double = 0.95) -> Interval {
        let z = Normal.quantile((1 + confidence) / 2)
        return Interval(lower: score - z * standardError, upper: score + z * standardError)
    }

    /// z test of the difference self − other between independent samples (two-sided p).
    public func difference(from other: NetPromoterScore) -> TwoSampleTestResult {
        ProportionTests.difference(
            estimate1: score, standardError1: standardError, estimate2: other.score,
            standardError2: other.standardError)
    }
}
