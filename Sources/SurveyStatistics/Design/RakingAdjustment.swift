/// The record of one raking: cell of each row, the weights raking started from, the level of each cell on each
/// margin, and the cumulative cell adjustment factor right after each margin's step in the last sweep.
///
/// Residualisation (R `svyrecvar`, raking branch): 10 passes of x ← x − psw_j · ave(x/psw_j, margin_j) over the
/// margins j, where psw_j = startWeight · factorAfterMargin_j[cell] and `ave` is the unweighted mean within a level.
public struct RakingAdjustment: Sendable {
    public let cellOfRow: [Int32]
    public let startWeights: [Double]
    public let levelOfCell: [[Int32]]
    public let levelCounts: [Int]
    public let factorAfterMargin: [[Double]]

    /// Start weight times the final cell factor.
    public func finalWeights() -> [Double] {
        guard let last = factorAfterMargin.last else { return startWeights }
        return zip(startWeights, cellOfRow).map { $0 * last[Int($1)] }
    }

    /// The raking residuals of `columns` (R's `svyrecvar` raking branch, see the type), computed on the cell table.
    ///
    /// Every pass subtracts from row r the amount psw_r · ave_j(level) = startWeight_r · f_j(cell_r) · ave_j(level),
    /// so after any number of passes x_r = x⁰_r − startWeight_r · G(cell_r) for a per-cell sum G; and the level
    /// sums of x/psw over the rows with psw > 0 are, cell by cell, (S(c) − n⁺(c) · G(c)) / f_j(c), with
    /// S(c) = Σ x⁰_r / startWeight_r and n⁺(c) the count over the cell's rows with a positive start weight. So the
    /// 10 × margins passes run on the cells, and the rows are read twice per column (S, then the result) instead
    /// of twice per pass: the same residuals up to the order of summation (docs/methods.md §8.6).
    func residualize(_ columns: inout [[Double]]) {
        let margins = levelOfCell.count
        guard margins > 0 else { return }
        let cellCount = levelOfCell[0].count
        var rowsPerCell = [Double](repeating: 0, count: cellCount)
        var positiveRowsPerCell = [Double](repeating: 0, count: cellCount)
        for (row, cell) in cellOfRow.enumerated() {
            rowsPerCell[Int(cell)] += 1
            if startWeights[row] > 0 { positiveRowsPerCell[Int(cell)] += 1 }
        }
        var rowsPerLevel: [[Double]] = levelCounts.map { Array(repeating: 0, count: $0) }
        for margin in 0..<margins {
            for cell in 0..<cellCount { rowsPerLevel[margin][Int(levelOfCell[margin][cell])] += rowsPerCell[cell] }
        }
        for column in columns.indices {
            columns[column].withUnsafeMutableBufferPointer { x in
                var scaled = [Double](repeating: 0, count: cellCount)
                for row in 0..<x.count where startWeights[row] > 0 {
                    scaled[Int(cellOfRow[row])] += x[row] / startWeights[row]
                }
                var taken = [Double](repeating: 0, count: cellCount)
                for _ in 0..<10 {
                    for margin in 0..<margins {
                        let levels = levelOfCell[margin]
                        let factors = factorAfterMargin[margin]
                        var sums = [Double](repeating: 0, count: levelCounts[margin])
                        for cell in 0..<cellCount where factors[cell] > 0 {
                            sums[Int(levels[cell])] +=
                                (scaled[cell] - positiveRowsPerCell[cell] * taken[cell]) / factors[cell]
                        }
                        for level in sums.indices where rowsPerLevel[margin][level] > 0 {
                            sums[level] /= rowsPerLevel[margin][level]
                        }
                        for cell in 0..<cellCount { taken[cell] += factors[cell] * sums[Int(levels[cell])] }
                    }
                }
                for row in 0..<x.count { x[row] -= startWeights[row] * taken[Int(cellOfRow[row])] }
            }
        }
    }
}
