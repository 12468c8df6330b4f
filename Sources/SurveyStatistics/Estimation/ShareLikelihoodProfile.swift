import Foundation

/// The `likelihood` interval of R's `svyciprop`: a profile-likelihood interval for the intercept β of the
/// survey-weighted logistic regression y ~ 1 (`svyglm(family = quasibinomial)`), with the Rao–Scott scaling of
/// its χ² reference (`survey:::confint.svyglm(method = "likelihood")`, Lumley & Scott 2014, "Tests for regression
/// models fitted to survey data", Aust. N. Z. J. Stat. 56(1)), transformed back by expit.
///
/// Following R's code step by step (survey 4.1, `confint.svyglm`, `MASSprofile_glm`, `confint_profile`):
/// 1. Weights W_i = w_i/w̄, w̄ the mean sampling weight of the design's rows (`svyglm(rescale = TRUE)`);
///    β̂ from `glm`'s iterations (`InterceptLogisticFit`, equal to logit(p̂) up to its tolerance); the sandwich
///    variance V_β = V(p̂)/(p̂(1 − p̂))² over the model-based (naive) variance 1/Σu (Σu the last iteration's
///    working weights, about p̂(1 − p̂)ΣW) gives the design effect λ = V_β·Σu.
/// 2. α* = Φ(t_{α/2}(df)·√λ)/2 (Φ the normal distribution function).
/// 3. The profile: the deviance D(b) = −2Σ W_i[y_i log μ_b + (1 − y_i) log(1 − μ_b)], μ_b = expit(b), is divided by
///    the dispersion φ = `svyvar` of `svyglm`'s Pearson residuals r_i = (y_i − μ̂)/√(μ̂(1 − μ̂)) (times a constant
///    when rows are unanswered: see `pearsonDispersion`), i.e. φ = n_w/(n_w − 1)·Σw_i(r_i − r̄)²/Σw_i with
///    r̄ = Σw_i r_i/Σw_i and n_w the rows of nonzero weight; the signed
///    root z(b) = sign(b − β̂)·√((D(b) − D(β̂))/φ) is evaluated at b = β̂ ± k·δ·SE_β, k = 1, 2, … while k < 10
///    and |z| < z_max, with z_max = √F⁻¹_{1,n−1}(1 − α*) = t_{1−α*/2}(n − 1) (n = rows with an answer) and
///    δ = z_max/5.
/// 4. An interpolating cubic spline (Forsythe–Malcolm–Moler, R's `spline`) through (b, z) evaluated at 3m equally
///    spaced b (m profile points), then linear interpolation (R's `approx`) of b at z = ±Φ⁻¹(2α*) gives the
///    ends for β; expit gives those for p.
/// An end the profile does not reach is NaN (R's NA).
struct ShareLikelihoodProfile {
    let sample: ShareSample

    func interval(level: Double) -> (low: Double, high: Double) {
        let p = sample.estimate
        let scaled = sample.weights.map { $0 / sample.meanDesignWeight }
        let fit = InterceptLogisticFit(outcomes: sample.outcomes, weights: scaled)
        let varianceBeta = sample.variance / (p * (1 - p) * p * (1 - p))
        let lambda = varianceBeta * fit.workingWeightSum
        let alpha = 1 - level
        let tLow = StudentT.quantile(alpha / 2, df: sample.degreesOfFreedom)
        let alphaStar = Normal.cdf(tLow * lambda.squareRoot()) / 2
        let modelRows = Double(sample.modelRows)
        guard modelRows > 1, alphaStar > 0, fit.workingWeightSum > 0 else { return (.nan, .nan) }
        let zMax = -StudentT.quantile(alphaStar / 2, df: modelRows - 1)
        let delta = zMax / 5
        let betaHat = fit.coefficient
        let seBeta = varianceBeta.squareRoot()
        let fitted = InterceptLogisticFit.linkInverse(betaHat)
        let dispersion = pearsonDispersion(fitted: fitted)
        let deviance0 = deviance(betaHat, scaled: scaled)
        var points: [(b: Double, z: Double)] = [(betaHat, 0)]
        for sign in [-1.0, 1.0] {
            var step = 0
            var z = 0.0
            while true {
                step += 1
                guard step < 10, abs(z) < zMax else { break }
                let b = betaHat + sign * Double(step) * delta * seBeta
                let zz = max(0, (deviance(b, scaled: scaled) - deviance0) / dispersion)
                z = sign * zz.squareRoot()
                points.append((b, z))
            }
        }
        points.sort { $0.z < $1.z }
        let spline = InterpolatingSpline(x: points.map(\.b), y: points.map(\.z))
        let grid = spline.evaluatedOnGrid()
        let cutoff = Normal.quantile(2 * alphaStar)
        let low = InterpolatingSpline.linearInterpolation(x: grid.y, y: grid.x, at: cutoff)
        let high = InterpolatingSpline.linearInterpolation(x: grid.y, y: grid.x, at: -cutoff)
        return (ShareInterval.expit(low), ShareInterval.expit(high))
    }

    /// The binomial deviance at intercept b (`InterceptLogisticFit.deviance` with every μ_i = expit(b)).
    private func deviance(_ b: Double, scaled: [Double]) -> Double {
        let mu = InterceptLogisticFit.linkInverse(b)
        let logMu = log(1 / mu)
        let logOneMinusMu = log(1 / (1 - mu))
        var total = 0.0
        for (index, outcome) in sample.outcomes.enumerated() {
            total += 2 * scaled[index] * (outcome != 0 ? logMu : logOneMinusMu)
        }
        return total
    }

    /// `svyvar` of `svyglm`'s Pearson residuals r_i = (y_i − μ̂)·√c/√(μ̂(1 − μ̂)), where c = (mean weight of the
    /// answered rows)/(mean weight of the design's rows) is what is left of √(W_i/w̃_i) after R divides the prior
    /// weights by the answered rows' rescaled sampling weights (`residuals.svyglm`).
    private func pearsonDispersion(fitted mu: Double) -> Double {
        let weights = sample.weights
        let answeredMean = weights.reduce(0, +) / Double(sample.modelRows)
        let factor = (answeredMean / sample.meanDesignWeight).squareRoot() / (mu * (1 - mu)).squareRoot()
        let residuals = sample.outcomes.map { ($0 - mu) * factor }
        var sumWeights = 0.0
        var sumWeighted = 0.0
        var nonzero = 0
        for (index, weight) in weights.enumerated() {
            sumWeights += weight
            sumWeighted += weight * residuals[index]
            if weight != 0 { nonzero += 1 }
        }
        let mean = sumWeighted / sumWeights
        let scale = Double(nonzero) / Double(nonzero - 1)
        var sum = 0.0
        for (index, weight) in weights.enumerated() {
            let centred = residuals[index] - mean
            sum += weight * (centred * centred * scale)
        }
        return sum / sumWeights
    }
}
