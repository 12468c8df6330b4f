/// The χ² distribution with k (`df`) degrees of freedom (k > 0, not necessarily an integer).
///
/// F(x; k) = P(k/2, x/2), the regularized lower incomplete gamma function (Numerical Recipes §6.2,
/// A&S 26.4.19); the survival function Q(k/2, x/2) is computed directly so small p-values keep full relative
/// accuracy.
public enum ChiSquared {
    /// P(X ≤ x). 0 for x ≤ 0; NaN for df ≤ 0 or NaN input.
    public static func cdf(_ x: Double, df: Double) -> Double {
        guard df > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        return IncompleteGamma.lowerRegularized(df / 2, x / 2)
    }

    /// P(X > x), the upper-tail p-value of a χ² statistic. 1 for x ≤ 0; NaN for df ≤ 0 or NaN input.
    public static func survival(_ x: Double, df: Double) -> Double {
        guard df > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        return IncompleteGamma.upperRegularized(df / 2, x / 2)
    }
}
