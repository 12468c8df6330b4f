/// The auxiliary variables of a calibration to totals: R's model matrix for `~ a + b + x` (treatment contrasts),
/// kept as columns rather than as a dense n × p matrix. docs/methods.md §8.7.
///
/// Columns, in order: an intercept (whose total is the population size) when there is a categorical margin; one
/// column per numeric variable; for each categorical variable, one 0/1 column per level with respondents except
/// the first such level (R's `model.matrix` drops the first level of each factor; the intercept carries it).
/// The column space, hence the calibrated weights, is the same as with one indicator per level; the
/// parametrisation matters only for the convergence test, which is R's.
///
/// The products the Newton iterations and the variance need (Σ aᵢxᵢ, Σ aᵢxᵢxᵢᵀ, Xβ) are computed column by column
/// in blocks of rows, in O(n·p²) time and O(p²) extra memory.
public struct CalibrationModel: Sendable {
    /// What a column of the model stands for.
    public enum Term: Sendable, Equatable, CustomStringConvertible {
        /// The intercept: its total is the population size.
        case populationSize
        /// The indicator of a level of a categorical variable.
        case level(variable: String, level: String)
        /// A numeric variable.
        case total(variable: String)

        public var description: String {
            switch self {
            case .populationSize: "the population size"
            case .level(let variable, let level): "variable '\(variable)', level '\(level)'"
            case .total(let variable): "the total of '\(variable)'"
            }
        }
    }

    /// A categorical variable: its codes and the model column of each code (−1: the baseline level, or no rows).
    struct Factor: Sendable {
        var codes: [Int32]
        var columnOfCode: [Int]
    }

    /// Number of rows.
    public let rowCount: Int
    /// One term per column.
    public private(set) var terms: [Term] = []
    let hasIntercept: Bool
    /// Numeric columns, in the model's columns `numericOffset...`.
    private(set) var numeric: [[Double]] = []
    private(set) var factors: [Factor] = []

    /// Number of columns p.
    public var columnCount: Int { terms.count }
    var numericOffset: Int { hasIntercept ? 1 : 0 }

    /// A model with an intercept or none, and no other columns yet.
    init(rowCount: Int, intercept: Bool) {
        self.rowCount = rowCount
        hasIntercept = intercept
        if intercept { terms.append(.populationSize) }
    }

    /// Adds a numeric column (numeric columns must all come before the first categorical variable).
    mutating func addNumeric(_ values: [Double], variable: String) {
        precondition(factors.isEmpty, "numeric columns come first")
        terms.append(.total(variable: variable))
        numeric.append(values)
    }

    /// Adds the indicators of a categorical variable: a column for each level in `columnLevels` (codes into
    /// `labels`), none for the others. Returns the model column of each code (−1: none).
    @discardableResult
    mutating func addFactor(codes: [Int32], labels: [String], variable: String, columnLevels: [Int]) -> [Int] {
        var columnOfCode = [Int](repeating: -1, count: labels.count)
        for code in columnLevels {
            columnOfCode[code] = terms.count
            terms.append(.level(variable: variable, level: labels[code]))
        }
        factors.append(Factor(codes: codes, columnOfCode: columnOfCode))
        return columnOfCode
    }

    /// Σᵢ aᵢxᵢ (length p).
    func columnSums(_ a: [Double]) -> [Double] {
        var sums = [Double](repeating: 0, count: columnCount)
        if hasIntercept { sums[0] = a.reduce(0, +) }
        a.withUnsafeBufferPointer { a in
            for (k, column) in numeric.enumerated() {
                sums[numericOffset + k] = column.withUnsafeBufferPointer { x in
                    var sum = 0.0
                    for row in 0..<rowCount { sum += a[row] * x[row] }
                    return sum
                }
            }
        }
        for factor in factors {
            var byCode = [Double](repeating: 0, count: factor.columnOfCode.count)
            for row in 0..<rowCount { byCode[Int(factor.codes[row])] += a[row] }
            for (code, column) in factor.columnOfCode.enumerated() where column >= 0 { sums[column] = byCode[code] }
        }
        return sums
    }

    /// Xβ: the linear predictor xᵢᵀβ of every row.
    func linearPredictor(_ beta: [Double]) -> [Double] {
        var result = [Double](repeating: hasIntercept ? beta[0] : 0, count: rowCount)
        result.withUnsafeMutableBufferPointer { eta in
            for (k, column) in numeric.enumerated() {
                let coefficient = beta[numericOffset + k]
                column.withUnsafeBufferPointer { x in
                    for row in 0..<eta.count { eta[row] += coefficient * x[row] }
                }
            }
            for factor in factors {
                let byCode = factor.columnOfCode.map { $0 >= 0 ? beta[$0] : 0 }
                for row in 0..<eta.count { eta[row] += byCode[Int(factor.codes[row])] }
            }
        }
        return result
    }

    /// Σᵢ aᵢxᵢxᵢᵀ as a p × p matrix.
    func crossProduct(_ a: [Double]) -> [[Double]] {
        let p = columnCount
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        // The dense block: intercept and numeric columns, copied block by block of rows into a buffer that stays
        // in cache (one row of the buffer per column), then every pair's Σ aᵢxᵢₖxᵢₗ with four partial sums.
        let dense = numericOffset + numeric.count
        var block = [Double](repeating: 0, count: dense * dense)
        let blockRows = 256
        var values = [Double](repeating: 1, count: dense * blockRows)
        var weighted = [Double](repeating: 0, count: dense * blockRows)
        var start = 0
        while start < rowCount {
            let count = min(rowCount - start, blockRows)
            values.withUnsafeMutableBufferPointer { x in
                weighted.withUnsafeMutableBufferPointer { ax in
                    a.withUnsafeBufferPointer { a in
                        for k in 0..<dense {
                            let base = k * blockRows
                            if k >= numericOffset {
                                numeric[k - numericOffset].withUnsafeBufferPointer { column in
                                    for r in 0..<count { x[base + r] = column[start + r] }
                                }
                            }
                            for r in 0..<count { ax[base + r] = a[start + r] * x[base + r] }
                        }
                    }
                    block.withUnsafeMutableBufferPointer { block in
                        for k in 0..<dense {
                            for l in k..<dense {
                                block[k * dense + l] += Self.dot(ax, k * blockRows, x, l * blockRows, count)
                            }
                        }
                    }
                }
            }
            start += count
        }
        for k in 0..<dense { for l in k..<dense { matrix[k][l] = block[k * dense + l] } }
        // Each factor against the dense columns and against the other factors (including itself: its diagonal).
        for (f, factor) in factors.enumerated() {
            let levels = factor.columnOfCode.count
            var byCode = [Double](repeating: 0, count: levels * max(1, dense))
            for row in 0..<rowCount {
                let base = Int(factor.codes[row]) * dense
                for k in 0..<dense { byCode[base + k] += a[row] * value(k, row) }
            }
            for (code, column) in factor.columnOfCode.enumerated() where column >= 0 {
                for k in 0..<dense { matrix[k][column] = byCode[code * dense + k] }
            }
            for other in factors[f...] {
                let otherLevels = other.columnOfCode.count
                var table = [Double](repeating: 0, count: levels * otherLevels)
                for row in 0..<rowCount {
                    table[Int(factor.codes[row]) * otherLevels + Int(other.codes[row])] += a[row]
                }
                for (code, column) in factor.columnOfCode.enumerated() where column >= 0 {
                    for (otherCode, otherColumn) in other.columnOfCode.enumerated() where otherColumn >= column {
                        matrix[column][otherColumn] = table[code * otherLevels + otherCode]
                    }
                }
            }
        }
        for k in 0..<p { for l in 0..<k { matrix[k][l] = matrix[l][k] } }
        return matrix
    }

    /// Σ_{r < count} a[i + r]·b[j + r] with four partial sums (so the additions need not wait for each other).
    @inline(__always)
    private static func dot(
        _ a: UnsafeMutableBufferPointer<Double>, _ i: Int, _ b: UnsafeMutableBufferPointer<Double>, _ j: Int,
        _ count: Int
    ) -> Double {
        var s0 = 0.0
        var s1 = 0.0
        var s2 = 0.0
        var s3 = 0.0
        var r = 0
        while r + 4 <= count {
            s0 += a[i + r] * b[j + r]
            s1 += a[i + r + 1] * b[j + r + 1]
            s2 += a[i + r + 2] * b[j + r + 2]
            s3 += a[i + r + 3] * b[j + r + 3]
            r += 4
        }
        while r < count {
            s0 += a[i + r] * b[j + r]
            r += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// Value of dense column `k` (intercept, then numeric columns) at `row`.
    @inline(__always)
    private func value(_ k: Int, _ row: Int) -> Double {
        hasIntercept ? (k == 0 ? 1 : numeric[k - 1][row]) : numeric[k][row]
    }
}
