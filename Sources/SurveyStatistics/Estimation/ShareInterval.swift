import Foundation

/// Confidence intervals for a share p̂ with design variance V = SE², as R's `survey::svyciprop` (survey 4.1).
///
/// With α = 1 − level and t = t_{1−α/2}(df) the Student quantile with the design's degrees of freedom
/// (df = `degf(design)`; the normal quantile when df = ∞):
/// - `mean`: p̂ ± t·SE, clipped to [0, 1] (R does not clip; this is voc's one departure, so no interval leaves
///   [0, 1]).
/// - `xlogit`: on η = log(p̂/(1 − p̂)) with SE_η = SE/(p̂(1 − p̂)) (delta method, R `svycontrast`), the interval is
///   expit(η ± t·SE_η), expit(x) = eˣ/(1 + eˣ).
/// - `logit`: R fits `svyglm(y ~ 1, family = quasibinomial)` and takes expit of the Wald interval of the intercept
///   with `ddf = df`. The intercept is logit(p̂) (the estimating equation Σw(y − μ) = 0 is solved by the weighted
///   mean) and its sandwich variance is V/(p̂(1 − p̂))², so the interval is the `xlogit` one; R's figures differ
///   only by the convergence tolerance of `glm`'s iterations (about 1e-10). On a replicate design R refits the
///   model on every replicate, so SE_η is the replicate SE of the replicates' logits (`ShareSample.logitVariance`).
/// - `asin`: on θ = arcsin √p̂ with SE_θ = SE/(2√(p̂(1 − p̂))), the interval is sin²(θ ± t·SE_θ), the angles
///   clipped to [0, π/2] (R does not clip, and an angle below 0 would give a lower end above p̂).
/// - `beta` (Korn & Graubard 1998, Survey Methodology 24(2), 193–201): the effective sample size
///   n* = p̂(1 − p̂)/V · (t_{α/2}(n − 1)/t_{α/2}(df))², n = `nrow(design)`, enters the Clopper–Pearson interval
///   [B⁻¹(α/2; n*p̂, n*(1 − p̂) + 1), B⁻¹(1 − α/2; n*p̂ + 1, n*(1 − p̂))], B⁻¹ the beta quantile (`BetaDistribution`).
/// - `likelihood`: the profile likelihood of the logistic fit (`ShareLikelihoodProfile`).
///
/// A share of exactly 0 or 1, or one without a positive variance, has no interval except `mean`'s (NaN ends,
/// as R's NaN/NA), and so does a design with df ≤ 0.
enum ShareInterval {
    static func interval(
        _ method: ShareIntervalMethod, sample: ShareSample, level: Double
    ) -> (
        low: Double, high: Double
    ) {
        let p = sample.estimate
        let se = sample.standardError
        let df = sample.degreesOfFreedom
        let nan = (low: Double.nan, high: Double.nan)
        guard df > 0, p.isFinite, se.isFinite else { return nan }
        let alpha = 1 - level
        let t = StudentT.quantile(1 - alpha / 2, df: df)
        if method == .mean { return (min(1, max(0, p - t * se)), min(1, max(0, p + t * se))) }
        guard p > 0, p < 1, se > 0 else { return nan }
        switch method {
        case .mean:
            return nan
        case .logit, .xlogit:
            let eta = log(p / (1 - p))
            let logitVariance = method == .logit ? sample.logitVariance : nil
            let seEta = logitVariance.map { $0.squareRoot() } ?? se / (p * (1 - p))
            return (expit(eta - t * seEta), expit(eta + t * seEta))
        case .asin:
            let theta = asin(p.squareRoot())
            let seTheta = se / (2 * (p * (1 - p)).squareRoot())
            let low = max(0, theta - t * seTheta)
            let high = min(Double.pi / 2, theta + t * seTheta)
            return (pow(sin(low), 2), pow(sin(high), 2))
        case .beta:
            return kornGraubard(sample: sample, alpha: alpha)
        case .likelihood:
            return ShareLikelihoodProfile(sample: sample).interval(level: level)
        }
    }

    /// expit(x) = eˣ/(1 + eˣ), as R's `survey:::expit`.
    static func expit(_ x: Double) -> Double {
        let e = exp(x)
        return e.isInfinite ? 1 : e / (1 + e)
    }

    /// Korn–Graubard: Clopper–Pearson at the design-effective sample size (see the type's documentation).
    private static func kornGraubard(sample: ShareSample, alpha: Double) -> (low: Double, high: Double) {
        let p = sample.estimate
        var nEffective = p * (1 - p) / sample.variance
        let rows = Double(sample.designRows - 1)
        let ratio =
            (rows > 0 ? StudentT.quantile(alpha / 2, df: rows) : .nan)
            / StudentT.quantile(alpha / 2, df: sample.degreesOfFreedom)
        nEffective *= ratio * ratio
        let low = BetaDistribution.quantile(alpha / 2, a: nEffective * p, b: nEffective * (1 - p) + 1)
        let high = BetaDistribution.quantile(1 - alpha / 2, a: nEffective * p + 1, b: nEffective * (1 - p))
        return (low, high)
    }
}
