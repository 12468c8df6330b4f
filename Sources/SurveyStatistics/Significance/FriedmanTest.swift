/// Friedman's test and Kendall's coefficient of concordance W for agreement on a priority order within a group
/// (Friedman 1937; Kendall & Babington Smith 1939; methods.md §3.2).
///
/// Respondents are blocks (rows), needs are treatments (columns). Values are ranked within each row (average
/// ranks for ties). With R_j the column rank sums, n rows and k columns:
/// Q = [12/(nk(k + 1))·ΣR_j² − 3n(k + 1)] / C, with the tie correction C = 1 − Σ(t³ − t)/(n(k³ − k));
/// p = P(χ²_{k−1} > Q); W = Q/(n(k − 1)) (equal to Kendall's tie-corrected W). As `scipy.stats.friedmanchisquare`.
public enum FriedmanTest {
    public struct Result: Sendable, Equatable {
        /// Column rank sums R_j.
        public var rankSums: [Double]
        /// Friedman's Q (tie-corrected).
        public var statistic: Double
        /// Degrees of freedom k − 1.
        public var degreesOfFreedom: Double
        /// Upper-tail χ² p-value.
        public var pValue: Double
        /// Kendall's W in [0, 1].
        public var kendallW: Double
    }

    /// Runs the test on complete rows (rows containing NaN are dropped).
    /// - Throws: `StatisticsError.insufficientData` with fewer than 2 complete rows or 2 columns, and
    ///   `.lengthMismatch` when rows differ in length.
    public static func test(_ rows: [[Double]]) throws -> Result {
        guard let k = rows.first?.count, k >= 2 else {
            throw StatisticsError.insufficientData(argument: "columns", needed: 2, actual: rows.first?.count ?? 0)
        }
        var rankSums = [Double](repeating: 0, count: k)
        var tieTerm = 0.0
        var n = 0
        for row in rows {
            guard row.count == k else {
                throw StatisticsError.lengthMismatch(argument: "row", expected: k, actual: row.count)
            }
            if row.contains(where: \.isNaN) { continue }
            let ranks = Ranks.average(row)
            for j in 0..<k { rankSums[j] += ranks[j] }
            tieTerm += Ranks.tieSum(row)
            n += 1
        }
        guard n >= 2 else { throw StatisticsError.insufficientData(argument: "rows", needed: 2, actual: n) }
        let nd = Double(n)
        let kd = Double(k)
        let sumSquares = rankSums.reduce(0) { $0 + $1 * $1 }
        var q = 12 / (nd * kd * (kd + 1)) * sumSquares - 3 * nd * (kd + 1)
        let correction = 1 - tieTerm / (nd * (kd * kd * kd - kd))
        q = correction > 0 ? q / correction : .nan
        return Result(rankSums: rankSums, statistic: q, degreesOfFreedom: kd - 1,
                      pValue: ChiSquared.survival(q, df: kd - 1), kendallW: q / (nd * (kd - 1)))
    }
}
