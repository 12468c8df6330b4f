import Foundation

/// The beta distribution with shape parameters a, b > 0 (R's `pbeta`, `dbeta`, `qbeta`).
///
/// - cdf: the regularized incomplete beta function I_x(a, b) (`IncompleteBeta`, Numerical Recipes §6.4).
/// - density: f(x) = x^{a−1}(1 − x)^{b−1}/B(a, b), evaluated in logs with `GammaCorrections.logBeta`.
/// - quantile: the x with I_x(a, b) = p, found by Newton's method on I_x(a, b) − p (the derivative is the density)
///   inside a bracket that bisection keeps valid whenever a Newton step would leave it (a safeguarded Newton
///   iteration, Press et al., Numerical Recipes 3rd ed., §9.4 `rtsafe`), until the bracket or the step is one ulp.
///   In the upper tail (p > ½) it solves 1 − I_x(a, b) = 1 − p with the complement computed directly, so both
///   tails keep their relative accuracy. Accuracy follows that of I_x: about 1e-13 relative.
public enum BetaDistribution {
    /// P(X ≤ x). 0 below 0, 1 above 1, NaN for a ≤ 0, b ≤ 0 or NaN input.
    public static func cdf(_ x: Double, a: Double, b: Double) -> Double {
        guard a > 0, b > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return IncompleteBeta.regularized(x, a: a, b: b)
    }

    /// The density x^{a−1}(1 − x)^{b−1}/B(a, b) for 0 < x < 1 (0 outside; NaN for invalid shapes).
    public static func pdf(_ x: Double, a: Double, b: Double) -> Double {
        guard a > 0, b > 0, !x.isNaN else { return .nan }
        guard x > 0, x < 1 else { return 0 }
        return exp((a - 1) * log(x) + (b - 1) * log1p(-x) - GammaCorrections.logBeta(a, b))
    }

    /// The quantile x_p with I_{x_p}(a, b) = p: 0 for p = 0, 1 for p = 1, NaN for p outside [0, 1] or invalid
    /// shapes.
    public static func quantile(_ p: Double, a: Double, b: Double) -> Double {
        guard a > 0, b > 0, a.isFinite, b.isFinite, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return 1 }
        let upper = p > 0.5
        let target = upper ? 1 - p : p
        // g(x) = I_x − p (lower) or (1 − I_x) − (1 − p) (upper); g is increasing in the lower form and
        // decreasing in the upper, so keep a bracket [low, high] with the root inside.
        func excess(_ x: Double) -> Double {
            guard let (value, complement) = IncompleteBeta.pair(x: x, y: 1 - x, a: a, b: b) else { return .nan }
            return upper ? target - complement : value - target
        }
        var low = 0.0
        var high = 1.0
        var x = a / (a + b)
        for _ in 0..<2000 {
            let f = excess(x)
            if f.isNaN { return .nan }
            if f == 0 { return x }
            if f > 0 { high = x } else { low = x }
            let density = pdf(x, a: a, b: b)
            var next = x - f / density
            if !(density > 0) || !(next > low && next < high) { next = 0.5 * (low + high) }
            if abs(next - x) <= 2 * x.ulp || high - low <= 2 * low.ulp { return next }
            x = next
        }
        return x
    }
}
