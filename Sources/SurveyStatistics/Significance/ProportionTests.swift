/// Two-proportion z tests (Agresti 2013, *Categorical Data Analysis*, §3.1; docs/methods.md §3.1).
///
/// - Pooled: p̄ = (x₁ + x₂)/(n₁ + n₂), z = (p₁ − p₂)/√(p̄(1 − p̄)(1/n₁ + 1/n₂)).
/// - Unpooled: z = (p₁ − p₂)/√(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂).
///
/// For weighted data pass weighted proportions with Kish effective bases n_eff = (Σw)²/Σw² (as Crunch and Q do),
/// or use `difference(estimate1:standardError1:estimate2:standardError2:)` with design-based standard errors.
public enum ProportionTests {
    /// Whether the null standard error pools the two proportions.
    public enum Variance: String, Sendable, CaseIterable {
        case pooled, unpooled
    }

    /// z test from proportions and (possibly effective, non-integer) bases. The p-value is two-sided.
    /// Returns a NaN statistic when a base is not positive or the standard error is 0.
    public static func twoProportionZ(
        p1: Double, n1: Double, p2: Double, n2: Double,
        variance: Variance = .pooled
    ) -> TwoSampleTestResult {
        let se: Double
        switch variance {
        case .pooled:
            let pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
            se = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        case .unpooled:
            se = (p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2).squareRoot()
        }
        guard n1 > 0, n2 > 0, se > 0 else {
            return TwoSampleTestResult(
                difference: p1 - p2, standardError: se, statistic: .nan,
                degreesOfFreedom: .infinity, pValue: .nan)
        }
        let z = (p1 - p2) / se
        return TwoSampleTestResult(
            difference: p1 - p2, standardError: se, statistic: z,
            degreesOfFreedom: .infinity, pValue: Normal.twoSidedPValue(z))
    }

    /// z test from counts: x₁ of n₁ against x₂ of n₂.
    public static func twoProportionZ(
        successes1: Double, n1: Double, successes2: Double, n2: Double,
        variance: Variance = .pooled
    ) -> TwoSampleTestResult {
        twoProportionZ(p1: successes1 / n1, n1: n1, p2: successes2 / n2, n2: n2, variance: variance)
    }

    /// Wald z test of two independent estimates with given (design-based) standard errors:
    /// z = (θ₁ − θ₂)/√(SE₁² + SE₂²).
    public static func difference(
        estimate1: Double, standardError1: Double, estimate2: Double,
        standardError2: Double
    ) -> TwoSampleTestResult {
        let se = (standardError1 * standardError1 + standardError2 * standardError2).squareRoot()
        let z = se > 0 ? (estimate1 - estimate2) / se : .nan
        return TwoSampleTestResult(
            difference: estimate1 - estimate2, standardError: se, statistic: z,
            degreesOfFreedom: .infinity, pValue: se > 0 ? Normal.twoSidedPValue(z) : .nan)
    }
}
