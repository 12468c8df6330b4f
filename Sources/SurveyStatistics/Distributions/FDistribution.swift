/// Fisher's F distribution with d1 (numerator) and d2 (denominator) degrees of freedom.
///
/// F(x; d1, d2) = I_{d1·x/(d1·x + d2)}(d1/2, d2/2) (A&S 26.6.2, Numerical Recipes §6.14); the survival function
/// is I_{d2/(d2 + d1·x)}(d2/2, d1/2), computed directly for accurate small p-values.
public enum FDistribution {
    /// P(X ≤ x). 0 for x ≤ 0; NaN for d1 ≤ 0, d2 ≤ 0 or NaN input.
    public static func cdf(_ x: Double, d1: Double, d2: Double) -> Double {
        tails(x, d1: d1, d2: d2).lower
    }

    /// P(X > x), the upper-tail p-value of an F statistic. 1 for x ≤ 0; NaN for invalid degrees of freedom.
    public static func survival(_ x: Double, d1: Double, d2: Double) -> Double {
        tails(x, d1: d1, d2: d2).upper
    }

    /// (P(X ≤ x), P(X > x)), both from one incomplete beta pair at u = d1·x/(d1·x + d2) and v = d2/(d1·x + d2):
    /// (0, 1) for x ≤ 0, (1, 0) for x = +∞, NaN for d1 ≤ 0, d2 ≤ 0, NaN input or a failed evaluation.
    private static func tails(_ x: Double, d1: Double, d2: Double) -> (lower: Double, upper: Double) {
        guard d1 > 0, d2 > 0, !x.isNaN else { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        if x.isInfinite { return (1, 0) }
        let u = d1 * x / (d1 * x + d2)
        let v = d2 / (d1 * x + d2)
        return IncompleteBeta.pair(x: u, y: v, a: d1 / 2, b: d2 / 2) ?? (.nan, .nan)
    }
}
