import Foundation

/// Log-gamma helpers that keep full relative accuracy for large arguments, where differences of `lgamma`
/// values (each of size a·log a) would lose 10–12 digits to cancellation.
///
/// Uses the Stirling series lgamma(x) = (x − ½)·log x − x + ½·log 2π + δ(x) with the correction
/// δ(x) = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹) + 1/(156x¹³)
/// (Abramowitz & Stegun 6.1.40), the same decomposition as R's `lgammacor`/`lbeta` (nmath).
enum GammaCorrections {
    private static let halfLogTwoPi = 0.5 * log(2 * Double.pi)

    /// δ(x) = lgamma(x) − [(x − ½)·log x − x + ½·log 2π], for x ≥ 10 (truncation error below 1e-17).
    static func stirlingCorrection(_ x: Double) -> Double {
        let inverse = 1 / x
        let inverse2 = inverse * inverse
        var series = 1.0 / 156.0
        series = series * inverse2 - 691.0 / 360_360.0
        series = series * inverse2 + 1.0 / 1188.0
        series = series * inverse2 - 1.0 / 1680.0
        series = series * inverse2 + 1.0 / 1260.0
        series = series * inverse2 - 1.0 / 360.0
        series = series * inverse2 + 1.0 / 12.0
        return series * inverse
    }

    /// log B(a, b) = lgamma(a) + lgamma(b) − lgamma(a + b) for a, b > 0, accurate when either is large.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b)
        let q = max(a, b)
        if p >= 10 {
            let correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
            return -0.5 * log(q) + halfLogTwoPi + correction + (p - 0.5) * log(p / (p + q))
                + q * log1p(-p / (p + q))
        }
        if q >= 10 {
            let correction = stirlingCorrection(q) - stirlingCorrection(p + q)
            return lgamma(p) + correction + p - p * log(p + q) + (q - 0.5) * log1p(-p / (p + q))
        }
        return lgamma(p) + lgamma(q) - lgamma(p + q)
    }

    /// log(e^{−x}·x^a/Γ(a)), the prefactor of the incomplete gamma series and continued fraction.
    static func logGammaPrefactor(_ a: Double, _ x: Double) -> Double {
        if a >= 10 {
            let d = (x - a) / a
            return a * (log1p(d) - d) + 0.5 * log(a) - halfLogTwoPi - stirlingCorrection(a)
        }
        return -x + a * log(x) - lgamma(a)
    }
}
