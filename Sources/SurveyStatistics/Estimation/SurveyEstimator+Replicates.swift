extension SurveyEstimator {
    /// The design covariance (D×D, row-major) of the domain means or totals of `y` whose linearised values are
    /// `columns`: from the replicate weights when the design has them (`ReplicateWeights.domainEstimates`, then
    /// `ReplicateWeights.covariance`, as R's `svyby` with `covmat = TRUE` on a replicate design), else by
    /// linearisation (`SurveyDesign.covariance(of:)`).
    func designCovariance(
        of columns: SparseColumns, y: [Double], domains: Domains, totals: Bool, estimates: [Double]
    ) throws -> [Double] {
        guard let replicates = design.replicates else { return try design.covariance(of: columns) }
        let thetas = replicates.domainEstimates(
            y: y, codes: domains.codes, domainOfCode: domains.domainOfCode, domainCount: domains.labels.count,
            totals: totals)
        return replicates.covariance(replicates: thetas, estimates: estimates)
    }
}

extension SurveyEstimator {
    /// On a replicate design, the covariance (cells × cells) of the cell shares of a table among its complete rows
    /// (`cellOfRow` −1 for the others): each cell's share re-estimated on every replicate, then
    /// `ReplicateWeights.covariance`, as R's `svychisq` on a replicate design; nil without replicates.
    func replicateCovariance(cellOfRow: [Int32], cells: Int, shares: [Double]) -> [Double]? {
        guard let replicates = design.replicates else { return nil }
        var thetas = [Double](repeating: 0, count: replicates.count * cells)
        for cell in 0..<cells {
            let y = cellOfRow.map { $0 < 0 ? Double.nan : ($0 == Int32(cell) ? 1 : 0) }
            let column = replicates.domainEstimates(y: y, codes: nil, domainOfCode: [0], domainCount: 1, totals: false)
            for r in 0..<replicates.count { thetas[r * cells + cell] = column[r] }
        }
        return replicates.covariance(replicates: thetas, estimates: shares)
    }
}
