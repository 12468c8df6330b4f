/// A small dense row-major matrix for the linear algebra of the Rao–Scott test (sizes up to a few hundred).
struct DenseMatrix: Equatable {
    var rows: Int
    var columns: Int
    var values: [Double]

    init(rows: Int, columns: Int, values: [Double]? = nil) {
        self.rows = rows
        self.columns = columns
        self.values = values ?? Array(repeating: 0, count: rows * columns)
    }

    static func diagonal(_ entries: [Double]) -> DenseMatrix {
        var matrix = DenseMatrix(rows: entries.count, columns: entries.count)
        for (index, value) in entries.enumerated() { matrix[index, index] = value }
        return matrix
    }

    subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    var transposed: DenseMatrix {
        var result = DenseMatrix(rows: columns, columns: rows)
        for row in 0..<rows { for column in 0..<columns { result[column, row] = self[row, column] } }
        return result
    }

    var trace: Double { (0..<min(rows, columns)).reduce(0) { $0 + self[$1, $1] } }

    /// The matrix product self · rhs. (Named methods rather than operators: operator overloads slow down type
    /// checking of arithmetic everywhere in the module.)
    func multiplied(by rhs: DenseMatrix) -> DenseMatrix {
        let lhs = self
        precondition(lhs.columns == rhs.rows, "matrix sizes do not match")
        var result = DenseMatrix(rows: lhs.rows, columns: rhs.columns)
        for row in 0..<lhs.rows {
            for inner in 0..<lhs.columns {
                let left = lhs[row, inner]
                if left == 0 { continue }
                for column in 0..<rhs.columns { result[row, column] += left * rhs[inner, column] }
            }
        }
        return result
    }

    func subtracting(_ rhs: DenseMatrix) -> DenseMatrix {
        DenseMatrix(rows: rows, columns: columns, values: zip(values, rhs.values).map { $0 - $1 })
    }

    func scaled(_ factor: Double) -> DenseMatrix {
        DenseMatrix(rows: rows, columns: columns, values: values.map { $0 * factor })
    }

    /// Solves self · X = rhs by Gaussian elimination with partial pivoting; nil when singular.
    func solve(_ rhs: DenseMatrix) -> DenseMatrix? {
        precondition(rows == columns && rhs.rows == rows, "solve needs a square system")
        var a = self
        var b = rhs
        let n = rows
        let scale = values.map(abs).max() ?? 0
        for pivotColumn in 0..<n {
            var pivot = pivotColumn
            for row in pivotColumn..<n where abs(a[row, pivotColumn]) > abs(a[pivot, pivotColumn]) { pivot = row }
            if abs(a[pivot, pivotColumn]) <= 1e-13 * scale { return nil }
            if pivot != pivotColumn {
                for column in 0..<n { a.values.swapAt(pivot * n + column, pivotColumn * n + column) }
                for column in 0..<b.columns {
                    b.values.swapAt(pivot * b.columns + column, pivotColumn * b.columns + column)
                }
            }
            for row in 0..<n where row != pivotColumn {
                let factor = a[row, pivotColumn] / a[pivotColumn, pivotColumn]
                if factor == 0 { continue }
                for column in pivotColumn..<n { a[row, column] -= factor * a[pivotColumn, column] }
                for column in 0..<b.columns { b[row, column] -= factor * b[pivotColumn, column] }
            }
        }
        for row in 0..<n {
            let divisor = a[row, row]
            for column in 0..<b.columns { b[row, column] /= divisor }
        }
        return b
    }
}
