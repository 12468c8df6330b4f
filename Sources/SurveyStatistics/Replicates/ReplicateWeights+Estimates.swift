extension ReplicateWeights {
    /// The replicate estimates θ̂_rd of the domain means (Σ w_ir y_i / Σ w_ir over the domain's answered rows) or
    /// totals (Σ w_ir y_i) of `y`, as R×D row-major, re-running the full-sample estimator on each replicate's
    /// weights (R's `svymean`/`svytotal` on a replicate design, in a domain as `svyby` on its subset).
    ///
    /// One pass over the rows: with factors per PSU the weighted sums are first taken per (PSU, domain) and then
    /// multiplied by the PSU's factors (PSUs × D × R products); with one group per row each row adds its R
    /// replicate weights. A replicate whose domain has no weight gives NaN for its mean.
    func domainEstimates(
        y: [Double], codes: [Int32]?, domainOfCode: [Int32], domainCount: Int, totals: Bool
    ) -> [Double] {
        let count = self.count
        let groups = groupOfRow == nil ? 0 : factors.count / max(count, 1)
        var numerator = [Double](repeating: 0, count: domainCount * count)
        var denominator = [Double](repeating: 0, count: domainCount * count)
        var groupSums = [Double](repeating: 0, count: groups * domainCount)
        var groupWeights = [Double](repeating: 0, count: groups * domainCount)
        factors.withUnsafeBufferPointer { factors in
            numerator.withUnsafeMutableBufferPointer { numerator in
                denominator.withUnsafeMutableBufferPointer { denominator in
                    for row in 0..<y.count {
                        let value = y[row]
                        if value.isNaN { continue }
                        var domain = 0
                        if let codes {
                            let code = codes[row]
                            if code < 0 { continue }
                            domain = Int(domainOfCode[Int(code)])
                            if domain < 0 { continue }
                        }
                        let weight = base[row]
                        if let groupOfRow {
                            let cell = Int(groupOfRow[row]) * domainCount + domain
                            groupSums[cell] += weight * value
                            groupWeights[cell] += weight
                        } else {
                            Self.accumulate(
                                factors, from: row * count, sum: weight * value, weight: weight,
                                into: numerator, denominator, at: domain * count, count: count)
                        }
                    }
                    for group in 0..<groups {
                        for domain in 0..<domainCount where groupWeights[group * domainCount + domain] != 0 {
                            let cell = group * domainCount + domain
                            Self.accumulate(
                                factors, from: group * count, sum: groupSums[cell], weight: groupWeights[cell],
                                into: numerator, denominator, at: domain * count, count: count)
                        }
                    }
                }
            }
        }
        var result = [Double](repeating: 0, count: count * domainCount)
        for domain in 0..<domainCount {
            for r in 0..<count {
                let sum = numerator[domain * count + r]
                result[r * domainCount + domain] = totals ? sum : sum / denominator[domain * count + r]
            }
        }
        return result
    }

    /// numerator[at + r] += a_r · sum and denominator[at + r] += a_r · weight for the R factors a_r from `from`.
    @inline(__always)
    private static func accumulate(
        _ factors: UnsafeBufferPointer<Double>, from start: Int, sum: Double, weight: Double,
        into numerator: UnsafeMutableBufferPointer<Double>, _ denominator: UnsafeMutableBufferPointer<Double>,
        at offset: Int, count: Int
    ) {
        for r in 0..<count {
            let factor = factors[start + r]
            numerator[offset + r] += factor * sum
            denominator[offset + r] += factor * weight
        }
    }
}
