/// A calibration applied to design weights, kept so that standard errors can account for it as R does.
public enum CalibrationStep: Sendable {
    /// Post-stratification to known cell totals.
    case postStratification(PostStratificationAdjustment)
    /// Raking (iterative post-stratification over several margins).
    case raking(RakingAdjustment)

    /// The weights after this step.
    public var newWeights: [Double] {
        switch self {
        case .postStratification(let step): step.newWeights
        case .raking(let step): step.finalWeights()
        }
    }

    /// Replaces each linearised column by its residual from the calibration (see the adjustment types).
    func residualize(_ columns: inout [[Double]]) {
        switch self {
        case .postStratification(let step): step.residualize(&columns)
        case .raking(let step): step.residualize(&columns)
        }
    }
}

/// The record of one post-stratification: cell of each row, weights before and after.
///
/// Residualisation (R `svyrecvar`, post-strata branch): for row i in post-stratum h,
/// x_i ← z_i − w_ps,i · (Σ_{j∈h} z_j·w_old,j/w_ps,j) / (Σ_{j∈h} w_old,j).
public struct PostStratificationAdjustment: Sendable {
    public let cellOfRow: [Int32]
    public let cellCount: Int
    public let oldWeights: [Double]
    public let newWeights: [Double]

    func residualize(_ columns: inout [[Double]]) {
        var oldTotals = [Double](repeating: 0, count: cellCount)
        for row in cellOfRow.indices { oldTotals[Int(cellOfRow[row])] += oldWeights[row] }
        for column in columns.indices {
            var sums = [Double](repeating: 0, count: cellCount)
            columns[column].withUnsafeMutableBufferPointer { x in
                for row in 0..<x.count where newWeights[row] > 0 {
                    sums[Int(cellOfRow[row])] += x[row] * oldWeights[row] / newWeights[row]
                }
                for row in 0..<x.count {
                    let cell = Int(cellOfRow[row])
                    if oldTotals[cell] > 0 { x[row] -= newWeights[row] * sums[cell] / oldTotals[cell] }
                }
            }
        }
    }
}

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
