extension SurveyEstimator {
    /// The ratio of two weighted totals, R̂ = Ŷ/X̂ = Σwᵢyᵢ / Σwᵢxᵢ, over the rows where both variables are answered,
    /// by segment: R's `svyratio(~y, ~x, design, na.rm = TRUE)` (in segments, `svyby(~y, ~segment, design,
    /// svyratio, denominator = ~x)`).
    ///
    /// - Linearisation (Cochran 1977, Sampling Techniques, §6.3–6.4; Lumley 2010, Complex Surveys, §2.3 and
    ///   appendix C; R's `svyratio.survey.design2`): zᵢ = wᵢ(yᵢ − R̂·xᵢ)/X̂ for the rows used, 0 for the others
    ///   (so every stratum and PSU stays in the variance), and V(R̂) is the design variance of Σzᵢ
    ///   (`SurveyDesign.covariance(of:)`, with every calibration step's residuals). A domain mean is the special
    ///   case x = 1.
    /// - On a replicate design: R̂_r = Σw_ir·yᵢ / Σw_ir·xᵢ on every replicate, then `ReplicateWeights.covariance`
    ///   (R's `svyratio.svyrep.design`).
    /// - The interval is R̂ ± t·SE with t on the design degrees of freedom; `deff` is not computed (NaN).
    /// - Throws: `FrameError` for unknown or non-numeric columns, design errors (lonely PSU).
    public func ratio(_ numerator: String, to denominator: String, by segment: String? = nil) throws -> [Estimate] {
        let y = try frame.numeric(numerator)
        let x = try frame.numeric(denominator)
        let domains = try self.domains(segment)
        let count = domains.labels.count
        let weights = design.weights
        var domainOfRow = [Int32](repeating: -1, count: y.count)
        var moments = [DomainMoments](repeating: DomainMoments(), count: count)
        var denominators = [Double](repeating: 0, count: count)
        for row in 0..<y.count where !y[row].isNaN && !x[row].isNaN && domains.contains(row) {
            let d = domains.codes.map { Int(domains.domainOfCode[Int($0[row])]) } ?? 0
            domainOfRow[row] = Int32(d)
            moments[d].n += 1
            moments[d].sumWeights += weights[row]
            moments[d].sumSquaredWeights += weights[row] * weights[row]
            moments[d].total += weights[row] * y[row]
            denominators[d] += weights[row] * x[row]
        }
        let ratios = (0..<count).map { moments[$0].total / denominators[$0] }
        var value = [Double](repeating: 0, count: y.count)
        for row in 0..<y.count where domainOfRow[row] >= 0 {
            let d = Int(domainOfRow[row])
            value[row] = weights[row] * (y[row] - ratios[d] * x[row]) / denominators[d]
        }
        let covariance: [Double]
        if let replicates = design.replicates {
            covariance = replicates.covariance(
                replicates: Self.replicateRatios(replicates, y: y, x: x, domainOfRow: domainOfRow, count: count),
                estimates: ratios)
        } else {
            covariance = try design.covariance(
                of: SparseColumns(columnOfRow: domainOfRow, value: value, columnCount: count))
        }
        return (0..<count).map { d in
            var estimate = makeEstimate(
                variable: "\(numerator)/\(denominator)", statistic: "ratio", level: nil, segment: domains.labels[d],
                value: ratios[d], variance: covariance[d * count + d], deff: .nan, deffReplace: .nan,
                moments: moments[d])
            estimate.nEff = moments[d].kishEffectiveSize
            return estimate
        }
    }

    /// The ratio of every domain on every replicate (replicate-major: R × domains).
    static func replicateRatios(
        _ replicates: ReplicateWeights, y: [Double], x: [Double], domainOfRow: [Int32], count: Int
    ) -> [Double] {
        var result = [Double](repeating: 0, count: replicates.count * count)
        for r in 0..<replicates.count {
            var top = [Double](repeating: 0, count: count)
            var bottom = [Double](repeating: 0, count: count)
            for row in 0..<y.count where domainOfRow[row] >= 0 {
                let weight = replicates.weight(row: row, replicate: r)
                top[Int(domainOfRow[row])] += weight * y[row]
                bottom[Int(domainOfRow[row])] += weight * x[row]
            }
            for d in 0..<count { result[r * count + d] = top[d] / bottom[d] }
        }
        return result
    }
}
