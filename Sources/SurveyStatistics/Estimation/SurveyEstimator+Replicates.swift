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
