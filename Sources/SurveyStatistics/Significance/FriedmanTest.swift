/// Friedman's test and Kendall's coefficient of concordance W for agreement on a priority order within a group
/// (Friedman 1937; Kendall & Babington Smith 1939; docs/methods.md §3.2).
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
        /// Number of complete rows (respondents) used.
        public var rows: Int = 0
    }

    /// Runs the test on complete rows (rows containing NaN are dropped).
    /// - Throws: `StatisticsError.insufficientData` with fewer than 2 complete rows or 2 columns, and
    ///   `.lengthMismatch` when rows differ in length.
    public static func test(_ rows: [[Double]]) throws -> Result {
        guard let k = rows.first?.count, k >= 2 else {
            throw StatisticsError.insufficientData(argument: "columns", needed: 2, actual: rows.first?.count ?? 0)
        }
        var accumulator = RowRanks(k: k)
        for row in rows {
            guard row.count == k else {
                throw StatisticsError.lengthMismatch(argument: "row", expected: k, actual: row.count)
            }
            for j in 0..<k { accumulator.values[j] = row[j] }
            accumulator.addRow()
        }
        return try accumulator.result()
    }

    /// The same test on column-major data (`columns[need][row]`) over the listed rows, without building one
    /// array per row: the layout of a columnar frame.
    /// - Throws: as `test(_:)`; `.lengthMismatch` when a row index is outside a column.
    public static func test(columns: [[Double]], rows: [Int]) throws -> Result {
        let k = columns.count
        guard k >= 2 else { throw StatisticsError.insufficientData(argument: "columns", needed: 2, actual: k) }
        var accumulator = RowRanks(k: k)
        for row in rows {
            for j in 0..<k {
                guard row < columns[j].count else {
                    throw StatisticsError.lengthMismatch(
                        argument: "column \(j + 1)", expected: row + 1,
                        actual: columns[j].count)
                }
                accumulator.values[j] = columns[j][row]
            }
            accumulator.addRow()
        }
        return try accumulator.result()
    }

    /// Accumulates average within-row ranks (ties get their mean rank, as `Ranks.average`) and the tie term
    /// Σ(t³ − t) row by row in reused buffers (insertion sort: rows are short).
    struct RowRanks {
        let k: Int
        var values: [Double]
        var order: [Int]
        var rankSums: [Double]
        var tieTerm = 0.0
        var n = 0

        init(k: Int) {
            self.k = k
            values = [Double](repeating: 0, count: k)
            order = Array(0..<k)
            rankSums = [Double](repeating: 0, count: k)
        }

        /// Adds `values` as one row unless it contains NaN.
        mutating func addRow() {
            for j in 0..<k where values[j].isNaN { return }
            for j in 0..<k { order[j] = j }
            for i in 1..<k {
                let current = order[i]
                var position = i
                while position > 0 && values[order[position - 1]] > values[current] {
                    order[position] = order[position - 1]
                    position -= 1
                }
                order[position] = current
            }
            var start = 0
            while start < k {
                var end = start
                while end + 1 < k && values[order[end + 1]] == values[order[start]] { end += 1 }
                let rank = Double(start + end) / 2 + 1
                for position in start...end { rankSums[order[position]] += rank }
                let t = Double(end - start + 1)
                tieTerm += t * t * t - t
                start = end + 1
            }
            n += 1
        }

        func result() throws -> Result {
            guard n >= 2 else { throw StatisticsError.insufficientData(argument: "rows", needed: 2, actual: n) }
            let nd = Double(n)
            let kd = Double(k)
            let sumSquares = rankSums.reduce(0) { $0 + $1 * $1 }
            var q = 12 / (nd * kd * (kd + 1)) * sumSquares - 3 * nd * (kd + 1)
            let correction = 1 - tieTerm / (nd * (kd * kd * kd - kd))
            q = correction > 0 ? q / correction : .nan
            return Result(
                rankSums: rankSums, statistic: q, degreesOfFreedom: kd - 1,
                pValue: ChiSquared.survival(q, df: kd - 1), kendallW: q / (nd * (kd - 1)), rows: n)
        }
    }
}
