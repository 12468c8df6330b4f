extension SurveyEstimator {
    /// Weighted quantiles with Woodruff confidence intervals, as R `svyquantile` (survey ≥ 4.0) with its defaults
    /// `qrule = "math"` and `interval.type = "mean"`.
    ///
    /// - Estimate (`qrule = "math"`): the smallest observed value x with F̂(x) ≥ p, where F̂ is the weighted
    ///   empirical distribution function of the domain (the inverse of the weighted CDF).
    /// - Interval (Woodruff 1952): SE_p = SE of the domain mean of 1{y ≤ q̂} (linearised over the full design);
    ///   the interval is [F̂⁻¹(p − t·SE_p), F̂⁻¹(p + t·SE_p)] with probabilities clamped to [0, 1] and t the
    ///   Student quantile with design degrees of freedom; the reported SE is (upper − lower)/(2t).
    /// `ciNormalLow/High` use the normal quantile in the same construction. `deff` is not defined (NaN).
    public func quantiles(_ variable: String, probabilities: [Double] = [0.25, 0.5, 0.75], by segment: String? = nil)
        throws -> [Estimate]
    {
        let y = try frame.numeric(variable)
        let domains = try self.domains(segment)
        let df = design.degreesOfFreedom
        let t = ConfidenceInterval.tCritical(level: confidenceLevel, df: df)
        let z = ConfidenceInterval.normalCritical(level: confidenceLevel)
        var results: [Estimate] = []
        for (index, label) in domains.labels.enumerated() {
            let single = Domains(labels: [label], codes: domains.codes, selectorCodes: [domains.selectorCodes[index]])
            var values: [(Double, Double)] = []
            var moments = DomainMoments(y: UnsafeBufferPointer(start: nil, count: 0),
                                        weights: UnsafeBufferPointer(start: nil, count: 0),
                                        domain: DomainSelector(segmentCodes: nil, code: 0))
            try withBuffers(y, single) { y, weights, selectors in
                moments = DomainMoments(y: y, weights: weights, domain: selectors[0])
                for row in 0..<y.count where selectors[0].contains(row) && !y[row].isNaN {
                    values.append((y[row], weights[row]))
                }
            }
            let cdf = WeightedCDF(values)
            for p in probabilities {
                let q = cdf.quantile(p)
                let below = y.map { $0.isNaN ? .nan : ($0 <= q ? 1.0 : 0.0) }
                let proportion = try meanEstimates(variable: variable, statistic: "quantile", level: nil, y: below,
                                                   multiplier: 1, domains: single).estimates[0]
                let low = cdf.quantile(max(0, p - t * proportion.se))
                let high = cdf.quantile(min(1, p + t * proportion.se))
                let lowNormal = cdf.quantile(max(0, p - z * proportion.se))
                let highNormal = cdf.quantile(min(1, p + z * proportion.se))
                results.append(Estimate(
                    variable: variable, statistic: "quantile", level: Self.formatProbability(p), segment: label,
                    estimate: q, se: t.isFinite ? (high - low) / (2 * t) : .nan, ciLow: low, ciHigh: high,
                    ciNormalLow: lowNormal, ciNormalHigh: highNormal, deff: .nan, deffReplace: .nan,
                    n: moments.n, nEff: moments.kishEffectiveSize, degreesOfFreedom: df))
            }
        }
        return results
    }

    static func formatProbability(_ p: Double) -> String {
        let text = String(p)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// The weighted empirical distribution of (value, weight) pairs.
struct WeightedCDF {
    private let values: [Double]
    private let cumulative: [Double]

    init(_ pairs: [(Double, Double)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        var values: [Double] = []
        var cumulative: [Double] = []
        var running = 0.0
        for (value, weight) in sorted {
            running += weight
            if let last = values.last, last == value {
                cumulative[cumulative.count - 1] = running
            } else {
                values.append(value)
                cumulative.append(running)
            }
        }
        let total = running
        self.values = values
        self.cumulative = cumulative.map { $0 / total }
    }

    /// The smallest value whose cumulative share is ≥ p (R `qrule_math`); NaN when empty.
    func quantile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        var low = 0
        var high = values.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] >= p { high = middle } else { low = middle + 1 }
        }
        return values[low]
    }
}
