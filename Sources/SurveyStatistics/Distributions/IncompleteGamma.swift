import Foundation

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
///
/// P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a)) ∫₀ˣ e^{−t} t^{a−1} dt.
///
/// Evaluated as in Numerical Recipes (Press et al., 3rd ed., §6.2, `gser` and `gcf`): the power series
/// P = e^{−x} x^a / Γ(a+1) · Σₙ xⁿ / ((a+1)…(a+n)) when x < a + 1, otherwise the continued fraction for Q
/// (modified Lentz algorithm), so that the smaller of P and Q is always computed directly and the other by
/// subtraction. Relative accuracy is about 1e-14 for a up to 1e6.
public enum IncompleteGamma {
    /// P(a, x) for a > 0, x ≥ 0. Returns NaN for a ≤ 0, x < 0 or NaN input; 1 for x = +∞.
    public static func lowerRegularized(_ a: Double, _ x: Double) -> Double {
        guard let (p, _) = pair(a, x) else { return .nan }
        return p
    }

    /// Q(a, x) = 1 − P(a, x) for a > 0, x ≥ 0, computed without cancellation in the upper tail.
    /// Returns NaN for a ≤ 0, x < 0 or NaN input; 0 for x = +∞.
    public static func upperRegularized(_ a: Double, _ x: Double) -> Double {
        guard let (_, q) = pair(a, x) else { return .nan }
        return q
    }

    /// Returns (P, Q), or nil when the arguments are outside the domain.
    static func pair(_ a: Double, _ x: Double) -> (Double, Double)? {
        guard a > 0, x >= 0, !a.isNaN, !x.isNaN, a.isFinite else { return nil }
        if x == 0 { return (0, 1) }
        if x.isInfinite { return (1, 0) }
        if x < a + 1 {
            let p = series(a, x)
            return (p, 1 - p)
        }
        let q = continuedFraction(a, x)
        return (1 - q, q)
    }

    /// Series for P(a, x), valid and fast for x < a + 1.
    private static func series(_ a: Double, _ x: Double) -> Double {
        var ap = a
        var term = 1 / a
        var sum = term
        for _ in 0..<100_000 {
            ap += 1
            term *= x / ap
            sum += term
            if abs(term) < abs(sum) * 1e-17 { break }
        }
        return sum * exp(GammaCorrections.logGammaPrefactor(a, x))
    }

    /// Continued fraction for Q(a, x), valid and fast for x ≥ a + 1 (modified Lentz, `ModifiedLentz`): numerators
    /// −i(i − a) over denominators x + 1 − a + 2i (Numerical Recipes §6.2).
    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a
        var fraction = ModifiedLentz(c: 1 / ModifiedLentz.tiny, d: 1 / b)
        var i = 1.0
        while i < 100_000 {
            b += 2
            let factor = fraction.step(numerator: -i * (i - a), denominator: b)
            if ModifiedLentz.hasConverged(factor) { break }
            i += 1
        }
        return exp(GammaCorrections.logGammaPrefactor(a, x)) * fraction.value
    }
}
