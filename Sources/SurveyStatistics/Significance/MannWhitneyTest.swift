/// The Mann–Whitney U (Wilcoxon rank-sum) test, normal approximation with tie and continuity correction, as
/// `scipy.stats.mannwhitneyu(method="asymptotic")`, which is scipy's choice whenever there are ties
/// (Mann & Whitney 1947; Hollander, Wolfe & Chicken 2014, *Nonparametric Statistical Methods*, §4.1).
///
/// U₁ = R₁ − n₁(n₁ + 1)/2 (R₁ = rank sum of group 1, average ranks for ties); μ = n₁n₂/2;
/// σ² = n₁n₂/12 · ((n + 1) − Σ(t³ − t)/(n(n − 1))); z = (|U₁ − μ| − ½)/σ; p = 2·(1 − Φ(z)), capped at 1.
/// Exact p-values (scipy's default without ties for small samples) differ; this function always uses the
/// normal approximation.
public enum MannWhitneyTest {
    /// The result: U of group 1, the z statistic and the two-sided p-value.
    public struct Result: Sendable, Equatable {
        public var u: Double
        public var z: Double
        public var pValue: Double
    }

    /// Tests whether values in `group1` tend to differ from those in `group2` (NaN values are skipped).
    /// - Throws: `StatisticsError.insufficientData` when a group is empty.
    public static func test(_ group1: [Double], _ group2: [Double]) throws -> Result {
        let a = group1.filter { !$0.isNaN }
        let b = group2.filter { !$0.isNaN }
        guard !a.isEmpty else { throw StatisticsError.insufficientData(argument: "group1", needed: 1, actual: 0) }
        guard !b.isEmpty else { throw StatisticsError.insufficientData(argument: "group2", needed: 1, actual: 0) }
        let all = a + b
        let ranks = Ranks.average(all)
        let n1 = Double(a.count)
        let n2 = Double(b.count)
        let n = n1 + n2
        let rankSum1 = ranks[0..<a.count].reduce(0, +)
        let u1 = rankSum1 - n1 * (n1 + 1) / 2
        let mu = n1 * n2 / 2
        let sigma = (n1 * n2 / 12 * ((n + 1) - Ranks.tieSum(all) / (n * (n - 1)))).squareRoot()
        guard sigma > 0 else { return Result(u: u1, z: .nan, pValue: 1) }
        let z = (abs(u1 - mu) - 0.5) / sigma
        return Result(u: u1, z: z, pValue: min(1, 2 * Normal.survival(z)))
    }
}
