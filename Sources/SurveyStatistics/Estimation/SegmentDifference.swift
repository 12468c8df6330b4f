/// The difference between two segments' estimates of the same statistic, with a design-based SE.
///
/// With influence values z_a and z_b of the two domain estimates (one linearisation over the full design),
/// Var(θ_a − θ_b) = V(z_a) + V(z_b) − 2·Cov(z_a, z_b), from the joint design covariance matrix, so the
/// covariance between segments that share PSUs (and any calibration) is accounted for. The test statistic is
/// t = diff/SE, with two-sided p-values from Student's t (design degrees of freedom) and from the normal
/// distribution.
public struct SegmentDifference: Sendable, Equatable {
    public var variable: String
    public var statistic: String
    public var level: String?
    public var segmentA: String
    public var segmentB: String
    public var difference: Double
    public var se: Double
    public var tStatistic: Double
    public var pValue: Double
    public var pValueNormal: Double
    public var degreesOfFreedom: Int
}

extension SurveyEstimator {
    /// Differences of every pair of segments of `segment` (A − B for A listed before B).
    public func differences(
        _ variable: String, statistic: DifferenceStatistic, by segment: String
    ) throws
        -> [SegmentDifference]
    {
        let (name, level, y, multiplier) = try derived(variable, statistic)
        let domains = try self.domains(segment)
        let (estimates, covariance) = try meanEstimates(
            variable: variable, statistic: name, level: level, y: y,
            multiplier: multiplier, domains: domains)
        let p = estimates.count
        var pairs: [(Int, Int)] = []
        var variances: [Double] = []
        for a in estimates.indices {
            for b in estimates.indices where b > a {
                pairs.append((a, b))
                variances.append(covariance[a * p + a] + covariance[b * p + b] - 2 * covariance[a * p + b])
            }
        }
        let df = design.degreesOfFreedom
        return pairs.enumerated().map { index, pair in
            let difference = estimates[pair.0].estimate - estimates[pair.1].estimate
            // An undefined variance (a segment without rows) stays undefined: max(0, NaN) would be 0.
            let variance = variances[index]
            let se = variance.isNaN ? .nan : multiplier * max(0, variance).squareRoot()
            let t = difference / se
            let pT = df > 0 ? 2 * StudentT.cdf(-abs(t), df: Double(df)) : .nan
            return SegmentDifference(
                variable: variable, statistic: name, level: level, segmentA: domains.labels[pair.0] ?? "",
                segmentB: domains.labels[pair.1] ?? "", difference: difference, se: se, tStatistic: t, pValue: pT,
                pValueNormal: 2 * Normal.cdf(-abs(t)), degreesOfFreedom: df)
        }
    }

    private func derived(
        _ variable: String, _ statistic: DifferenceStatistic
    ) throws
        -> (String, String?, [Double], Double)
    {
        switch statistic {
        case .mean:
            return ("mean", nil, try frame.numeric(variable), 1)
        case .share(let level):
            let column = try frame.categorical(variable)
            guard let code = column.levels.firstIndex(of: level) else {
                throw EstimationError.unknownLevel(variable: variable, level: level)
            }
            return ("share", level, Self.indicator(column, level: Int32(code)), 1)
        case .topBox(let boxes, let scaleMax):
            let y = try frame.numeric(variable)
            let top = scaleMax ?? y.filter { !$0.isNaN }.max() ?? 0
            return ("top_box", nil, Self.topBoxIndicator(y, threshold: top - Double(boxes - 1)), 1)
        case .nps:
            return ("nps", nil, Self.npsScore(try frame.numeric(variable)), 100)
        }
    }
}
