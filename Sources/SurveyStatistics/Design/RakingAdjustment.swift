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

    func residualize(_ columns: inout [[Double]]) {
        let margins = levelOfCell.count
        var rowsPerLevel: [[Double]] = levelCounts.map { Array(repeating: 0, count: $0) }
        for margin in 0..<margins {
            for cell in cellOfRow { rowsPerLevel[margin][Int(levelOfCell[margin][Int(cell)])] += 1 }
        }
        for column in columns.indices {
            columns[column].withUnsafeMutableBufferPointer { x in
                for _ in 0..<10 {
                    for margin in 0..<margins {
                        let levels = levelOfCell[margin]
                        let factors = factorAfterMargin[margin]
                        var sums = [Double](repeating: 0, count: levelCounts[margin])
                        for row in 0..<x.count {
                            let cell = Int(cellOfRow[row])
                            let psw = startWeights[row] * factors[cell]
                            if psw > 0 { sums[Int(levels[cell])] += x[row] / psw }
                        }
                        for level in sums.indices where rowsPerLevel[margin][level] > 0 {
                            sums[level] /= rowsPerLevel[margin][level]
                        }
                        for row in 0..<x.count {
                            let cell = Int(cellOfRow[row])
                            x[row] -= startWeights[row] * factors[cell] * sums[Int(levels[cell])]
                        }
                    }
                }
            }
        }
    }
}
