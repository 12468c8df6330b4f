/// A seeded permutation test of whether two segments order needs differently (docs/methods.md §3.2, proposal).
///
/// Each segment's priority order is the vector of (weighted) mean scores per need over its respondents; the
/// statistic is Spearman's ρ (or Kendall's τ_b) between the two vectors. Respondents' segment labels are shuffled
/// among the respondents of the two segments (keeping the segment sizes), B times with `SeededGenerator(seed:)`,
/// and p = (1 + #{ρ_perm ≤ ρ_obs})/(B + 1), the one-sided Monte Carlo p-value for "the orders agree less than
/// chance relabelling would produce" (Phipson & Smyth 2010 for the +1 correction). Respecting respondents as
/// units keeps the test valid under within-respondent correlation of need scores.
public enum PriorityOrderPermutationTest {
    /// The rank correlation used as the test statistic.
    public enum Statistic: String, Sendable, CaseIterable, Codable {
        case spearman, kendall
    }

    public struct Result: Sendable, Equatable {
        /// ρ between the observed segment orders.
        public var observedSpearman: Double
        /// Kendall's τ_b between the observed orders.
        public var observedKendall: Double
        /// The statistic the p-value refers to.
        public var statistic: Statistic
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
    public static func test(
        scores: [[Double]], segments: [Int], first: Int, second: Int,
        weights: [Double]? = nil, permutations: Int = 10_000,
        statistic: Statistic = .spearman, seed: UInt64
    ) throws -> Result {
        guard segments.count == scores.count else {
            throw StatisticsError.lengthMismatch(argument: "segments", expected: scores.count, actual: segments.count)
        }
        try StatisticsError.checkLength(weights, argument: "weights", expected: scores.count)
        let members = scores.indices.filter { segments[$0] == first || segments[$0] == second }
        var labels = members.map { segments[$0] == first }
        let firstCount = labels.filter { $0 }.count
        guard firstCount > 0, firstCount < labels.count else {
            throw StatisticsError.insufficientData(argument: "segments", needed: 1, actual: 0)
        }
        let k = scores[members[0]].count
        // Flattened member × need values with NaN replaced by 0 and a parallel weight (0 when missing), so each
        // permutation is one pass of multiply-adds over contiguous memory; segment 2 = total − segment 1.
        var values = [Double](repeating: 0, count: members.count * k)
        var valueWeights = [Double](repeating: 0, count: members.count * k)
        var totalSum = [Double](repeating: 0, count: k)
        var totalWeight = [Double](repeating: 0, count: k)
        for (position, respondent) in members.enumerated() {
            let row = scores[respondent]
            guard row.count == k else {
                throw StatisticsError.lengthMismatch(
                    argument: "respondent \(respondent + 1)", expected: k,
                    actual: row.count)
            }
            let w = weights?[respondent] ?? 1
            for j in 0..<k where !row[j].isNaN {
                values[position * k + j] = w * row[j]
                valueWeights[position * k + j] = w
                totalSum[j] += w * row[j]
                totalWeight[j] += w
            }
        }
        func orders(_ labels: [Bool]) -> ([Double], [Double]) {
            var sum = [Double](repeating: 0, count: k)
            var weight = [Double](repeating: 0, count: k)
            values.withUnsafeBufferPointer { v in
                valueWeights.withUnsafeBufferPointer { vw in
                    for position in labels.indices where labels[position] {
                        let base = position * k
                        for j in 0..<k {
                            sum[j] += v[base + j]
                            weight[j] += vw[base + j]
                        }
                    }
                }
            }
            let first = (0..<k).map { sum[$0] / weight[$0] }
            let second = (0..<k).map { (totalSum[$0] - sum[$0]) / (totalWeight[$0] - weight[$0]) }
            return (first, second)
        }
        let (a, b) = orders(labels)
        let rho = try RankCorrelation.spearman(a, b)
        let tau = try RankCorrelation.kendallTauB(a, b)
        let observed = statistic == .spearman ? rho : tau
        func correlation(_ x: [Double], _ y: [Double]) -> Double? {
            statistic == .spearman ? try? RankCorrelation.spearman(x, y) : try? RankCorrelation.kendallTauB(x, y)
        }
        var generator = SeededGenerator(seed: seed)
        var atMost = 0
        for _ in 0..<permutations {
            generator.shuffle(&labels)
            let (pa, pb) = orders(labels)
            if let value = correlation(pa, pb), value <= observed { atMost += 1 }
        }
        return Result(
            observedSpearman: rho, observedKendall: tau, statistic: statistic,
            pValue: Double(atMost + 1) / Double(permutations + 1), permutations: permutations)
    }
}
