extension ReplicateWeights {
    /// Replicates restored from saved full weights (`rows[i][r]` = w_ir, row i's weight in replicate r), with the
    /// constants and degrees of freedom they were saved with (`voc weight --replicates` keeps a weight set's
    /// recalibrated replicates; docs/methods.md §7.10). The variance is the same formula as for the replicates
    /// before saving: v = scale · Σ_r rscale_r (θ̂_r − θ̄)², so estimates from restored replicates equal those
    /// from the replicates that were saved.
    /// - Throws: `ReplicateError.invalidSpecification` when a row does not have `rscales.count` values, or
    ///   `.badColumn` for a value that is missing, negative or infinite (rows count from 1).
    public static func restored(
        rows: [[Double]], method: ReplicateMethod, scale: Double, rscales: [Double], rho: Double, mse: Bool,
        degreesOfFreedom: Int
    ) throws -> ReplicateWeights {
        let count = rscales.count
        var matrix = [Double](repeating: 0, count: rows.count * count)
        for (row, values) in rows.enumerated() {
            guard values.count == count else {
                throw ReplicateError.invalidSpecification(
                    "row \(row + 1) has \(values.count) replicate weights; the set has \(count) replicates")
            }
            for (r, value) in values.enumerated() {
                guard value.isFinite, value >= 0 else {
                    throw ReplicateError.badColumn(
                        column: "replicate \(r + 1)", row: row + 1, problem: "\(value) is not a non-negative number")
                }
                matrix[row * count + r] = value
            }
        }
        var restored = ReplicateWeights(
            method: method, count: count, factors: matrix, groupOfRow: nil,
            base: [Double](repeating: 1, count: rows.count), scale: scale, rscales: rscales, rho: rho, mse: mse,
            computeDegreesOfFreedom: false)
        restored.degreesOfFreedom = degreesOfFreedom
        return restored
    }

    /// Row `row`'s weight in every replicate, in replicate order (what `restored` takes back).
    public func weights(row: Int) -> [Double] {
        (0..<count).map { weight(row: row, replicate: $0) }
    }
}
