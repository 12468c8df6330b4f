extension ReplicateWeights {
    /// Replicate weights supplied as columns, as R's `svrepdesign(repweights =, weights =, type =, scale =,
    /// rscales =, rho =, combined.weights =)` (docs/methods.md §7.10).
    ///
    /// With `combined` (R's default) a column holds replicate r's whole weight w_ir; otherwise it holds a factor
    /// that multiplies the sampling weight, w_ir = w_i · a_ir (as the replicates R makes itself). The constants,
    /// as R's `svrepdesign` sets them:
    /// - `brr`: scale 1/R; `fay`: scale 1/(R(1 − ρ)²), ρ required. Both need R = 2 or a multiple of 4 (the order
    ///   of a Hadamard matrix) and take no `scale`.
    /// - `jk1`: scale as given, else (R − 1)/R with combined weights, else 1/max of the first column's factors.
    /// - `jkn`: rscales as given, else (not combined only) 1/max of each column's factors; scale as given or 1.
    /// - `bootstrap`: scale as given, else 1/(R − 1).
    /// - `other`: scale and rscales as given, else 1.
    /// `rscales` of length 1 applies to every replicate.
    /// - Throws: `ReplicateError.badColumn` for a missing, negative or infinite value (row numbers count data
    ///   rows from 1), `.invalidSpecification` for a count, scale or rscales that does not fit `method`.
    public static func supplied(
        columns: [(name: String, values: [Double])], weights: [Double], method: ReplicateMethod,
        combined: Bool = true, scale: Double? = nil, rscales: [Double]? = nil, rho: Double? = nil,
        mse: Bool = false
    ) throws -> ReplicateWeights {
        let count = columns.count
        let rows = weights.count
        guard count >= 2 else {
            throw ReplicateError.invalidSpecification("replicate weights need at least 2 columns (found \(count))")
        }
        var matrix = [Double](repeating: 0, count: rows * count)
        for (r, column) in columns.enumerated() {
            for row in 0..<rows {
                let value = column.values[row]
                if value.isNaN { throw ReplicateError.badColumn(column: column.name, row: row + 1, problem: "missing") }
                if !value.isFinite || value < 0 {
                    throw ReplicateError.badColumn(
                        column: column.name, row: row + 1, problem: "\(value) is not a non-negative number")
                }
                matrix[row * count + r] = value
            }
        }
        if let rscales, rscales.count != 1 && rscales.count != count {
            throw ReplicateError.invalidSpecification(
                "--rep-rscales has \(rscales.count) values; give 1 or one per replicate column (\(count))")
        }
        if let rscales, rscales.contains(where: { !$0.isFinite || $0 < 0 }) {
            throw ReplicateError.invalidSpecification("--rep-rscales must be non-negative numbers")
        }
        if let scale, !(scale.isFinite && scale > 0) {
            throw ReplicateError.invalidSpecification("--rep-scale must be a positive number (got \(scale))")
        }
        let given = rscales.map { $0.count == 1 ? [Double](repeating: $0[0], count: count) : $0 }
        let columnMaxima = (0..<count).map { r in (0..<rows).reduce(0.0) { max($0, matrix[$1 * count + r]) } }
        var finalScale = scale ?? 1
        var finalRscales = given ?? [Double](repeating: 1, count: count)
        var finalRho = 0.0
        switch method {
        case .brr, .fay:
            if scale != nil {
                throw ReplicateError.invalidSpecification("--rep-scale is fixed for \(method.rawValue) (1/R(1-rho)^2)")
            }
            guard count == 2 || count % 4 == 0 else {
                throw ReplicateError.invalidSpecification(
                    "\(method.rawValue) needs 2 or a multiple of 4 replicate columns (the order of a Hadamard "
                        + "matrix); found \(count)")
            }
            if method == .fay {
                guard let rho, rho > 0 && rho < 1 else {
                    throw ReplicateError.invalidSpecification("fay needs rho in (0, 1): --rep-type fay:RHO")
                }
                finalRho = rho
            }
            finalScale = 1 / (Double(count) * (1 - finalRho) * (1 - finalRho))
        case .jk1:
            if scale == nil {
                finalScale = combined ? Double(count - 1) / Double(count) : 1 / columnMaxima[0]
            }
        case .jkn:
            if given == nil {
                guard !combined else {
                    throw ReplicateError.invalidSpecification(
                        "jkn with combined weights needs --rep-rscales ((n_h - 1)/n_h of each replicate's stratum)")
                }
                finalRscales = columnMaxima.map { 1 / $0 }
            }
        case .bootstrap:
            if scale == nil { finalScale = 1 / Double(count - 1) }
        case .other:
            break
        }
        return ReplicateWeights(
            method: method, count: count, factors: matrix, groupOfRow: nil,
            base: combined ? [Double](repeating: 1, count: rows) : weights, scale: finalScale,
            rscales: finalRscales, rho: finalRho, mse: mse)
    }
}
