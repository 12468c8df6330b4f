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
        guard !levelOfCell.isEmpty else { return }
        let table = CellTable(self)
        for column in columns.indices {
            columns[column].withUnsafeMutableBufferPointer { x in
                var scaled = [Double](repeating: 0, count: table.cellCount)
                for row in 0..<x.count where startWeights[row] > 0 {
                    scaled[Int(cellOfRow[row])] += x[row] / startWeights[row]
                }
                let taken = cellTerms(scaled: scaled, table)
                for row in 0..<x.count { x[row] -= startWeights[row] * taken[Int(cellOfRow[row])] }
            }
        }
    }

    /// Row counts of the cells and of the margins' levels, which every column's residuals use.
    struct CellTable {
        let cellCount: Int
        /// Rows with a positive start weight, per cell.
        let positiveRowsPerCell: [Double]
        /// Rows per level of each margin.
        let rowsPerLevel: [[Double]]

        init(_ raking: RakingAdjustment) {
            let cellCount = raking.levelOfCell.first?.count ?? 0
            var rowsPerCell = [Double](repeating: 0, count: cellCount)
            var positive = [Double](repeating: 0, count: cellCount)
            for (row, cell) in raking.cellOfRow.enumerated() {
                rowsPerCell[Int(cell)] += 1
                if raking.startWeights[row] > 0 { positive[Int(cell)] += 1 }
            }
            self.init(raking, rowsPerCell: rowsPerCell, positiveRowsPerCell: positive)
        }

        /// The table from row counts per cell already taken (all rows, and those with a positive start weight).
        init(_ raking: RakingAdjustment, rowsPerCell: [Double], positiveRowsPerCell positive: [Double]) {
            cellCount = rowsPerCell.count
            var rowsPerLevel: [[Double]] = raking.levelCounts.map { Array(repeating: 0, count: $0) }
            for margin in raking.levelOfCell.indices {
                for cell in 0..<cellCount {
                    rowsPerLevel[margin][Int(raking.levelOfCell[margin][cell])] += rowsPerCell[cell]
                }
            }
            positiveRowsPerCell = positive
            self.rowsPerLevel = rowsPerLevel
        }
    }

    /// The per-cell term G of one column's residuals x_r = x⁰_r − startWeight_r · G(cell_r), from the column's
    /// per-cell sums S(c) = Σ x⁰_r / startWeight_r over the rows with a positive start weight: the 10 passes over
    /// the margins of `residualize`, run on the cells.
    func cellTerms(scaled: [Double], _ table: CellTable) -> [Double] {
        var taken = [Double](repeating: 0, count: table.cellCount)
        for _ in 0..<10 {
            for margin in levelOfCell.indices {
                let levels = levelOfCell[margin]
                let factors = factorAfterMargin[margin]
                var sums = [Double](repeating: 0, count: levelCounts[margin])
                for cell in 0..<table.cellCount where factors[cell] > 0 {
                    sums[Int(levels[cell])] +=
                        (scaled[cell] - table.positiveRowsPerCell[cell] * taken[cell]) / factors[cell]
                }
                for level in sums.indices where table.rowsPerLevel[margin][level] > 0 {
                    sums[level] /= table.rowsPerLevel[margin][level]
                }
                for cell in 0..<table.cellCount { taken[cell] += factors[cell] * sums[Int(levels[cell])] }
            }
        }
        return taken
    }
}
