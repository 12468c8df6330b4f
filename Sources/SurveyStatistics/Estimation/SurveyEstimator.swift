/// Design-based estimates of survey variables, overall and by segment, with Taylor-linearised standard errors.
///
/// Segments (domains) are estimated over the full design, never by subsetting it: rows outside a segment
/// contribute zero to the linearised values, so every stratum and PSU stays in the variance (R `svyby`).
/// Missing values of the analysed variable are excluded the same way (R's `na.rm = TRUE`); rows with a missing
/// segment belong to no segment. Formulas: see `DomainMoments`, `SurveyDesign`.
public struct SurveyEstimator: Sendable {
    public let frame: SurveyFrame
    public let design: SurveyDesign
    /// Confidence level of the intervals (default 0.95).
    public var confidenceLevel: Double = 0.95
    /// How the intervals of shares and top-box shares are made (R `svyciprop`'s `method`; default logit).
    public var shareInterval: ShareIntervalMethod = .logit
    /// How quantiles are read off the weighted distribution function (R `svyquantile`'s `qrule`; default math).
    public var quantileRule: QuantileRule = .math

    public init(frame: SurveyFrame, design: SurveyDesign) {
        self.frame = frame
        self.design = design
        var sum = 0.0
        var positive = 0
        for weight in design.weights where weight > 0 {
            sum += weight
            positive += 1
        }
        weightsArePopulationScaled = sum > Double(positive) * (1 + 1e-9)
    }

    /// True when the design's weights are expansion weights: Σw over the whole sample exceeds the number of
    /// respondents with a positive weight (n), so N = Σw is a population size.
    ///
    /// `deff` (R's default) compares with simple random sampling *without* replacement of n from N = Σw, with the
    /// fpc (1 − n/N) taken in each domain as (W_d − n_d)/W_d. Weights scaled to the sample size (Σw = n, e.g.
    /// raked to shares or normalised) carry no population size: that fpc is then 0 or negative, and R reports NA
    /// (or, in a domain whose W_d is barely above n_d, a meaningless huge deff). For such weights `deff` uses the
    /// with-replacement reference (R's `deff = "replace"`, an infinite population), which is what the
    /// without-replacement deff tends to as N/n grows. `deffReplace` is always the with-replacement figure.
    public let weightsArePopulationScaled: Bool

    /// Weighted mean Σwy/Σw of a numeric variable.
    public func mean(_ variable: String, by segment: String? = nil) throws -> [Estimate] {
        try meanEstimates(
            variable: variable, statistic: "mean", level: nil, y: frame.numeric(variable),
            multiplier: 1, by: segment
        ).estimates
    }

    /// Weighted total Σwy of a numeric variable (deff as R's `svytotal`).
    public func total(_ variable: String, by segment: String? = nil) throws -> [Estimate] {
        let domains = try self.domains(segment)
        let y = try frame.numeric(variable)
        let (moments, columns) = DomainLinearization.compute(
            y: y, weights: design.weights, domainOfCode: domains.domainOfCode,
            codes: domains.codes, domainCount: domains.labels.count, kind: .total)
        let covariance = try designCovariance(
            of: columns, y: y, domains: domains, totals: true, estimates: moments.map(\.total))
        let p = moments.count
        return moments.enumerated().map { index, moment in
            let variance = covariance[index * p + index]
            return makeEstimate(
                variable: variable, statistic: "total", level: nil, segment: domains.labels[index],
                value: moment.total, variance: variance,
                deff: moment.totalDeff(variance: variance, replace: !weightsArePopulationScaled),
                deffReplace: moment.totalDeff(variance: variance, replace: true), moments: moment)
        }
    }

    /// The share of each level of a categorical variable (R `svymean` of a factor), by segment, with the
    /// `shareInterval` interval (R `svyciprop`).
    public func shares(_ variable: String, by segment: String? = nil) throws -> [Estimate] {
        let column = try frame.categorical(variable)
        let domains = try self.domains(segment)
        let context = shareDomains(domains)
        var results: [Estimate] = []
        let perLevel = try column.levels.indices.map { level in
            let y = Self.indicator(column, level: Int32(level))
            let estimates = try meanEstimates(
                variable: variable, statistic: "share", level: column.levels[level], y: y, multiplier: 1,
                domains: domains
            ).estimates
            return withShareIntervals(estimates, indicator: y, domains: domains, context: context)
        }
        // Order: segment by segment, levels within each.
        let segments = perLevel.first?.count ?? 0
        for index in 0..<segments { for level in perLevel.indices { results.append(perLevel[level][index]) } }
        return results
    }

    /// Top-k-box share: the share of answers ≥ scaleMax − (boxes − 1), with the `shareInterval` interval.
    /// `scaleMax` defaults to the largest observed value (pass the scale's top when it may be unobserved).
    public func topBox(
        _ variable: String, by segment: String? = nil, boxes: Int = 2, scaleMax: Double? = nil
    )
        throws -> [Estimate]
    {
        let y = try frame.numeric(variable)
        let top = scaleMax ?? y.filter { !$0.isNaN }.max() ?? 0
        let derived = Self.topBoxIndicator(y, threshold: top - Double(boxes - 1))
        let domains = try self.domains(segment)
        let estimates = try meanEstimates(
            variable: variable, statistic: "top_box", level: nil, y: derived, multiplier: 1, domains: domains
        ).estimates
        return withShareIntervals(estimates, indicator: derived, domains: domains)
    }

    /// Net Promoter Score 100·(p − d) from a 0–10 answer: promoters 9–10, detractors 0–6.
    ///
    /// Linearised as the mean of the score +1/0/−1, so the SE is that of the difference of the two shares,
    /// 100·√(V(p) + V(d) − 2·Cov(p, d)) (docs/methods.md §6.1), computed from the design.
    public func nps(_ variable: String, by segment: String? = nil) throws -> [Estimate] {
        try meanEstimates(
            variable: variable, statistic: "nps", level: nil,
            y: Self.npsScore(frame.numeric(variable)), multiplier: 100, by: segment
        ).estimates
    }

    /// The population variance estimate as R's `svyvar`: n/(n − 1)·Σw(y − ȳ)²/Σw; its SE treats ȳ as fixed
    /// (the SE of the weighted mean of u = (y − ȳ)²·n/(n − 1)), exactly as R.
    public func variance(_ variable: String, by segment: String? = nil) throws -> [Estimate] {
        let y = try frame.numeric(variable)
        let domains = try self.domains(segment)
        var results: [Estimate] = []
        for index in domains.labels.indices {
            let single = domains.only(index)
            let moment = DomainLinearization.compute(
                y: y, weights: design.weights, domainOfCode: single.domainOfCode, codes: single.codes,
                domainCount: 1, kind: .mean
            ).moments[0]
            let factor = Double(moment.n) / Double(moment.n - 1)
            var u = [Double](repeating: .nan, count: y.count)
            for row in 0..<y.count where !y[row].isNaN && single.contains(row) {
                u[row] = (y[row] - moment.mean) * (y[row] - moment.mean) * factor
            }
            results += try meanEstimates(
                variable: variable, statistic: "variance", level: nil, y: u, multiplier: 1,
                domains: single
            ).estimates
        }
        return results
    }

    // MARK: - Shared machinery

    /// Means of a derived variable by domain, with their influence columns (for differences).
    func meanEstimates(
        variable: String, statistic: String, level: String?, y: [Double], multiplier: Double,
        by segment: String?
    ) throws -> (estimates: [Estimate], covariance: [Double]) {
        try meanEstimates(
            variable: variable, statistic: statistic, level: level, y: y, multiplier: multiplier,
            domains: domains(segment))
    }

    /// Also returns the design covariance matrix (row-major, domains²) of the domain means (unscaled by
    /// `multiplier`), for differences between domains.
    func meanEstimates(
        variable: String, statistic: String, level: String?, y: [Double], multiplier: Double,
        domains: Domains
    ) throws -> (estimates: [Estimate], covariance: [Double]) {
        let (moments, columns) = DomainLinearization.compute(
            y: y, weights: design.weights, domainOfCode: domains.domainOfCode, codes: domains.codes,
            domainCount: domains.labels.count, kind: .mean)
        let covariance = try designCovariance(
            of: columns, y: y, domains: domains, totals: false, estimates: moments.map(\.mean))
        let p = moments.count
        let results = moments.enumerated().map { index, moment in
            let variance = covariance[index * p + index]
            return makeEstimate(
                variable: variable, statistic: statistic, level: level, segment: domains.labels[index],
                value: multiplier * moment.mean, variance: multiplier * multiplier * variance,
                deff: moment.meanDeff(variance: variance, replace: !weightsArePopulationScaled),
                deffReplace: moment.meanDeff(variance: variance, replace: true), moments: moment)
        }
        return (results, covariance)
    }

    func makeEstimate(
        variable: String, statistic: String, level: String?, segment: String?, value: Double,
        variance: Double, deff: Double, deffReplace: Double, moments: DomainMoments
    ) -> Estimate {
        let se = variance.squareRoot()
        let df = design.degreesOfFreedom
        let z = ConfidenceInterval.normalCritical(level: confidenceLevel)
        let t = ConfidenceInterval.tCritical(level: confidenceLevel, df: df)
        return Estimate(
            variable: variable, statistic: statistic, level: level, segment: segment, estimate: value,
            se: se, ciLow: value - t * se, ciHigh: value + t * se, ciNormalLow: value - z * se,
            ciNormalHigh: value + z * se, deff: deff, deffReplace: deffReplace, n: moments.n,
            nEff: moments.kishEffectiveSize, degreesOfFreedom: df)
    }

    /// The domains of a segment variable: the whole sample, or a selection of the levels of `codes`.
    struct Domains {
        var labels: [String?]
        var codes: [Int32]?
        /// Domain index of each segment code (-1: not estimated).
        var domainOfCode: [Int32]

        /// Only domain `index`.
        func only(_ index: Int) -> Domains {
            guard codes != nil else { return self }
            var map = [Int32](repeating: -1, count: domainOfCode.count)
            for (code, domain) in domainOfCode.enumerated() where domain == Int32(index) { map[code] = 0 }
            return Domains(labels: [labels[index]], codes: codes, domainOfCode: map)
        }

        func contains(_ row: Int) -> Bool {
            guard let codes else { return true }
            return codes[row] >= 0 && domainOfCode[Int(codes[row])] >= 0
        }
    }

    func domains(_ segment: String?) throws -> Domains {
        guard let segment else { return Domains(labels: [nil], codes: nil, domainOfCode: [0]) }
        let column = try frame.categorical(segment)
        return Domains(
            labels: column.levels, codes: column.codes, domainOfCode: column.levels.indices.map { Int32($0) })
    }

    // MARK: - Derived variables

    static func indicator(_ column: CategoricalColumn, level: Int32) -> [Double] {
        column.codes.map { $0 < 0 ? .nan : ($0 == level ? 1 : 0) }
    }

    static func topBoxIndicator(_ y: [Double], threshold: Double) -> [Double] {
        y.map { $0.isNaN ? .nan : ($0 >= threshold ? 1 : 0) }
    }

    /// +1 for promoters (≥ 9), −1 for detractors (≤ 6), 0 for passives.
    static func npsScore(_ y: [Double]) -> [Double] {
        y.map { $0.isNaN ? .nan : ($0 >= 9 ? 1 : ($0 <= 6 ? -1 : 0)) }
    }
}
