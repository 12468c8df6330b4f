/// Welch's unequal-variance t test (Welch 1947), as `scipy.stats.ttest_ind(equal_var=False)` and R's `t.test`.
///
/// t = (ȳ₁ − ȳ₂)/√(SE₁² + SE₂²) with the Welch–Satterthwaite degrees of freedom
/// ν = (SE₁² + SE₂²)² / (SE₁⁴/(n₁ − 1) + SE₂⁴/(n₂ − 1)); the p-value is two-sided from Student's t.
/// With weights, SEᵢ is the linearization SE of the weighted mean (`WeightedMoments`) and nᵢ is replaced by the
/// Kish effective size in ν (a common approximation; design-based tests belong to the survey estimators).
public enum WelchTTest {
    /// Tests two samples of respondent-level scores (NaN values are skipped).
    /// - Throws: `StatisticsError.insufficientData` when either group has fewer than 2 values, and weight errors
    ///   from `WeightedMoments`.
    public static func test(
        _ group1: [Double], _ group2: [Double], weights1: [Double]? = nil,
        weights2: [Double]? = nil
    ) throws -> TwoSampleTestResult {
        let m1 = try WeightedMoments(group1, weights: weights1)
        let m2 = try WeightedMoments(group2, weights: weights2)
        guard m1.count >= 2 else {
            throw StatisticsError.insufficientData(
                argument: "group1", needed: 2,
                actual: m1.count)
        }
        guard m2.count >= 2 else {
            throw StatisticsError.insufficientData(
                argument: "group2", needed: 2,
                actual: m2.count)
        }
        let n1 = weights1 == nil ? Double(m1.count) : m1.effectiveSampleSize
        let n2 = weights2 == nil ? Double(m2.count) : m2.effectiveSampleSize
        return fromSummaries(
            mean1: m1.mean, standardError1: m1.standardError, n1: n1,
            mean2: m2.mean, standardError2: m2.standardError, n2: n2)
    }

    /// Welch test from summary statistics (means, their standard errors and the sizes used for ν).
    public static func fromSummaries(
        mean1: Double, standardError1: Double, n1: Double,
        mean2: Double, standardError2: Double, n2: Double
    ) -> TwoSampleTestResult {
        let v1 = standardError1 * standardError1
        let v2 = standardError2 * standardError2
        let se = (v1 + v2).squareRoot()
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
        let t = (mean1 - mean2) / se
        let p = se > 0 && df > 0 ? StudentT.twoSidedPValue(t, df: df) : .nan
        return TwoSampleTestResult(
            difference: mean1 - mean2, standardError: se, statistic: t,
            degreesOfFreedom: df, pValue: p)
    }
}
