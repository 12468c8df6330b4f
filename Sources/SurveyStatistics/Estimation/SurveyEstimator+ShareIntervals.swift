import Foundation

extension SurveyEstimator {
    /// The share of rows whose numeric `variable` is 1 among those answered (a 0/1 indicator; NaN = missing), by
    /// segment, with the `shareInterval` interval: the weighted mean of the indicator (R `svymean`) reported as the
    /// statistic `share`, with R `svyciprop`'s interval.
    public func proportion(_ variable: String, by segment: String? = nil) throws -> [Estimate] {
        let y = try frame.numeric(variable)
        let domains = try self.domains(segment)
        let estimates = try meanEstimates(
            variable: variable, statistic: "share", level: nil, y: y, multiplier: 1, domains: domains
        ).estimates
        return withShareIntervals(estimates, indicator: y, domains: domains)
    }

    /// What `svyciprop` takes from the (subset) design of each domain, whatever the variable: its `degf`, its
    /// `nrow` and its mean sampling weight.
    struct ShareDomain {
        var degreesOfFreedom: Int
        var designRows: Int
        var meanDesignWeight: Double
    }

    /// The `ShareDomain` of each domain of `domains` (see `withShareIntervals`), in one pass over the rows.
    func shareDomains(_ domains: Domains) -> [ShareDomain] {
        let count = domains.labels.count
        let codes = domains.codes
        let map = domains.domainOfCode
        let domainOfRow = { (row: Int) -> Int in
            guard let codes else { return 0 }
            let code = codes[row]
            return code < 0 ? -1 : Int(map[Int(code)])
        }
        var rows = [Int](repeating: 0, count: count)
        var weightSums = [Double](repeating: 0, count: count)
        let weights = design.weights
        for row in 0..<design.rowCount {
            let d = domainOfRow(row)
            guard d >= 0 else { continue }
            rows[d] += 1
            weightSums[d] += weights[row]
        }
        let df = design.degreesOfFreedom(domainCount: count, domain: domainOfRow)
        // R keeps every row of a calibrated `survey.design2` subset (zero weights) but drops the other rows of a
        // replicate design's subset (`[.svyrep.design`), calibrated or not.
        let calibrated = !design.calibration.isEmpty && design.replicates == nil
        return (0..<count).map { d in
            let designRows = calibrated ? design.rowCount : rows[d]
            return ShareDomain(
                degreesOfFreedom: df[d], designRows: designRows,
                meanDesignWeight: weightSums[d] / Double(max(designRows, 1)))
        }
    }

    /// Gives share estimates (one per domain of `domains`, in their order, from the 0/1 variable `y`) the
    /// interval of `shareInterval`, as R's `svyciprop` on the design or, in a segment, on the segment's subset
    /// (`svyby(..., svyciprop)`).
    ///
    /// What `svyciprop` takes from that (subset) design: df = `degf` of the segment's rows (answered or not) with
    /// a nonzero weight (`SurveyDesign.degreesOfFreedom(rows:)`); `nrow(design)`, the segment's rows, or every
    /// row of a calibrated design (R keeps a calibrated design's rows and zeroes the others' weights); and, for
    /// the likelihood method, the mean weight over those rows and the answered rows of the model frame.
    /// The normal variant (`ciNormalLow/High`) takes df = ∞. Formulas: `ShareInterval`. `context` may be given
    /// when several variables share the domains (it depends on the domains only).
    func withShareIntervals(
        _ estimates: [Estimate], indicator y: [Double], domains: Domains, context: [ShareDomain]? = nil
    ) -> [Estimate] {
        let method = shareInterval
        let context = context ?? shareDomains(domains)
        let calibrated = !design.calibration.isEmpty && design.replicates == nil
        let answeredAll = method == .likelihood ? y.reduce(0) { $0 + ($1.isNaN ? 0 : 1) } : 0
        let logitVariances = method == .logit ? replicateLogitVariances(y, domains: domains, estimates: estimates) : nil
        return estimates.enumerated().map { index, estimate in
            let domain = context[index]
            var outcomes: [Double] = []
            var answeredWeights: [Double] = []
            if method == .likelihood {
                let single = domains.only(index)
                for row in 0..<y.count where !y[row].isNaN && single.contains(row) {
                    outcomes.append(y[row])
                    answeredWeights.append(design.weights[row])
                }
            }
            var sample = ShareSample(
                estimate: estimate.estimate, variance: estimate.se * estimate.se,
                degreesOfFreedom: Double(domain.degreesOfFreedom), designRows: domain.designRows,
                modelRows: calibrated ? answeredAll : outcomes.count, outcomes: outcomes, weights: answeredWeights,
                meanDesignWeight: domain.meanDesignWeight)
            sample.logitVariance = logitVariances?[index]
            var result = estimate
            (result.ciLow, result.ciHigh) = ShareInterval.interval(method, sample: sample, level: confidenceLevel)
            sample.degreesOfFreedom = .infinity
            (result.ciNormalLow, result.ciNormalHigh) = ShareInterval.interval(
                method, sample: sample, level: confidenceLevel)
            result.degreesOfFreedom = domain.degreesOfFreedom
            result.intervalMethod = .share(method)
            return result
        }
    }
}

extension SurveyEstimator {
    /// On a replicate design, the replicate variance of logit(p̂) in each domain: the replicates' shares mapped
    /// to logits, then `ReplicateWeights.covariance` centred on their mean (or on logit(p̂) with `mse`); nil
    /// without replicates.
    func replicateLogitVariances(_ y: [Double], domains: Domains, estimates: [Estimate]) -> [Double]? {
        guard let replicates = design.replicates else { return nil }
        let count = domains.labels.count
        let logit = { (p: Double) in log(p / (1 - p)) }
        let thetas = replicates.domainEstimates(
            y: y, codes: domains.codes, domainOfCode: domains.domainOfCode, domainCount: count, totals: false
        ).map(logit)
        let covariance = replicates.covariance(replicates: thetas, estimates: estimates.map { logit($0.estimate) })
        return (0..<count).map { covariance[$0 * count + $0] }
    }
}
