/// A seeded permutation test of whether two segments order needs differently (methods.md §3.2, proposal).
///
/// Each segment's priority order is the vector of (weighted) mean scores per need over its respondents; the
/// statistic is Spearman's ρ between the two vectors. Respondents' segment labels are shuffled among the
/// respondents of the two segments (keeping the segment sizes), B times with `SeededGenerator(seed:)`, and
/// p = (1 + #{ρ_perm ≤ ρ_obs})/(B + 1), the one-sided Monte Carlo p-value for "the orders agree less than chance
/// relabelling would produce" (Phipson & Smyth 2010 for the +1 correction). Respecting respondents as units keeps
/// the test valid under within-respondent correlation of need scores.
public enum PriorityOrderPermutationTest {
    public struct Result: Sendable, Equatable {
        /// ρ between the observed segment orders.
        public var observedSpearman: Double
        /// Kendall's τ_b between the observed orders (descriptive).
        public var observedKendall: Double
        /// Monte Carlo p-value.
        public var pValue: Double
        /// Number of permutations B.
        public var permutations: Int
    }

    /// Runs the test.
    /// - Parameters:
    ///   - scores: respondent × need matrix (NaN = not asked/answered).
    ///   - segments: a segment label per respondent; only `first` and `second` take part.
    ///   - weights: optional respondent weights (they travel with the respondent when labels are shuffled).
    /// - Throws: `StatisticsError` for mismatched lengths or when a segment has no respondents.
    public static func test(scores: [[Double]], segments: [Int], first: Int, second: Int,
                            weights: [Double]? = nil, permutations: Int = 10_000,
                            seed: UInt64) throws -> Result {
        guard segments.count == scores.count else {
            throw StatisticsError.lengthMismatch(argument: "segments", expected: scores.count, actual: segments.count)
        }
        if let weights, weights.count != scores.count {
            throw StatisticsError.lengthMismatch(argument: "weights", expected: scores.count, actual: weights.count)
        }
        let members = scores.indices.filter { segments[$0] == first || segments[$0] == second }
        var labels = members.map { segments[$0] == first }
        let firstCount = labels.filter { $0 }.count
        guard firstCount > 0, firstCount < labels.count else {
            throw StatisticsError.insufficientData(argument: "segments", needed: 1, actual: 0)
        }
        let k = scores[members[0]].count
        func orders(_ labels: [Bool]) -> ([Double], [Double]) {
            var sum = [[Double]](repeating: [Double](repeating: 0, count: k), count: 2)
            var weight = [[Double]](repeating: [Double](repeating: 0, count: k), count: 2)
            for (position, respondent) in members.enumerated() {
                let group = labels[position] ? 0 : 1
                let w = weights?[respondent] ?? 1
                let row = scores[respondent]
                for j in 0..<k where !row[j].isNaN {
                    sum[group][j] += w * row[j]
                    weight[group][j] += w
                }
            }
            return ((0..<k).map { sum[0][$0] / weight[0][$0] }, (0..<k).map { sum[1][$0] / weight[1][$0] })
        }
        let (a, b) = orders(labels)
        let observed = try RankCorrelation.spearman(a, b)
        let tau = try RankCorrelation.kendallTauB(a, b)
        var generator = SeededGenerator(seed: seed)
        var atMost = 0
        for _ in 0..<permutations {
            generator.shuffle(&labels)
            let (pa, pb) = orders(labels)
            if let rho = try? RankCorrelation.spearman(pa, pb), rho <= observed { atMost += 1 }
        }
        return Result(observedSpearman: observed, observedKendall: tau,
                      pValue: Double(atMost + 1) / Double(permutations + 1), permutations: permutations)
    }
}
