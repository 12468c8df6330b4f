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
