/// Weighted moments of a variable within a domain, for estimates and R's design effects.
///
/// For domain d with weights w and values y (rows outside d or with missing y excluded): W = Σw, Ŷ = Σwy,
/// ȳ = Ŷ/W; `srsVariance` is R's `svyvar` in the domain, n/(n − 1)·Σw(y − ȳ)²/W.
struct DomainMoments {
    var n = 0
    var sumWeights = 0.0
    var sumSquaredWeights = 0.0
    var total = 0.0
    var mean = 0.0
    var srsVariance = 0.0

    var kishEffectiveSize: Double { sumSquaredWeights > 0 ? sumWeights * sumWeights / sumSquaredWeights : 0 }

    /// R's deff for a mean: V / (s²·(W − n)/(W·n)); `replace`: V / (s²/n).
    ///
    /// W and n are the domain's weight sum and size (R `svyby` evaluates `svymean(deff = TRUE)` on the domain
    /// subset, whose `psum` and `nobs` are the domain's). The without-replacement reference needs W > n; NaN
    /// otherwise (R's NA). Callers pass `replace: true` when the weights are not expansion weights (see
    /// `SurveyEstimator.weightsArePopulationScaled`).
    func meanDeff(variance: Double, replace: Bool) -> Double {
        let reference =
            replace
            ? srsVariance / Double(n)
            : srsVariance * (sumWeights - Double(n)) / (sumWeights * Double(n))
        return reference > 0 ? variance / reference : .nan
    }

    /// R's deff for a total: V / (s²·W²·(W − n)/(W·n)); `replace`: V / (s²·W²/n).
    func totalDeff(variance: Double, replace: Bool) -> Double {
        let squared = sumWeights * sumWeights
        let reference =
            replace
            ? srsVariance * squared / Double(n)
            : srsVariance * squared * (sumWeights - Double(n)) / (sumWeights * Double(n))
        return reference > 0 ? variance / reference : .nan
    }
}
