import Foundation

/// The regularized incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b).
///
/// Evaluated by the continued fraction of Numerical Recipes (Press et al., 3rd ed., §6.4, `betacf`, modified
/// Lentz algorithm), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) so the fraction is always evaluated where it
/// converges fast (x < (a+1)/(a+b+2)). The caller may pass 1 − x separately (`y`) when it is known more precisely
/// than `1 - x` (for example t²/(ν + t²) in the t distribution), which keeps full relative accuracy in both tails.
public enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. Returns NaN outside that domain.
    public static func regularized(_ x: Double, a: Double, b: Double) -> Double {
        guard let (value, _) = pair(x: x, y: 1 - x, a: a, b: b) else { return .nan }
        return value
    }

    /// 1 − I_x(a, b), computed without cancellation. Returns NaN outside the domain.
    public static func complementRegularized(_ x: Double, a: Double, b: Double) -> Double {
        guard let (_, complement) = pair(x: x, y: 1 - x, a: a, b: b) else { return .nan }
        return complement
    }

    /// Returns (I_x(a, b), 1 − I_x(a, b)) where y = 1 − x is supplied by the caller; nil outside the domain.
    static func pair(x: Double, y: Double, a: Double, b: Double) -> (Double, Double)? {
        guard a > 0, b > 0, x >= 0, x <= 1, y >= 0, y <= 1, a.isFinite, b.isFinite else { return nil }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        // log x and log y from whichever of x, y is small, so values near 1 keep their precision.
        let logX = x > 0.5 ? log1p(-y) : log(x)
        let logY = y > 0.5 ? log1p(-x) : log(y)
        let logFront = a * logX + b * logY - GammaCorrections.logBeta(a, b)
        let front = exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            let value = front * continuedFraction(x: x, a: a, b: b) / a
            return (value, 1 - value)
        }
        let complement = front * continuedFraction(x: y, a: b, b: a) / b
        return (1 - complement, complement)
    }

    /// The continued fraction for I_x(a, b) (without the front factor), modified Lentz (`ModifiedLentz`): per m,
    /// the numerators m(b − m)x/((a + 2m − 1)(a + 2m)) and −(a + m)(a + b + m)x/((a + 2m)(a + 2m + 1)) over
    /// denominators 1 (Numerical Recipes §6.4).
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var fraction = ModifiedLentz(c: 1, d: 1 / ModifiedLentz.awayFromZero(1 - qab * x / qap))
        var m = 1.0
        while m < 100_000 {
            let m2 = 2 * m
            _ = fraction.step(numerator: m * (b - m) * x / ((qam + m2) * (a + m2)), denominator: 1)
            let factor = fraction.step(numerator: -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), denominator: 1)
            if ModifiedLentz.hasConverged(factor) { break }
            m += 1
        }
        return fraction.value
    }
}
