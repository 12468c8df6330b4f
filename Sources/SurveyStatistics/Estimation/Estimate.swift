/// One estimate with its design-based uncertainty.
///
/// `ciLow`/`ciHigh` use Student's t with the design degrees of freedom; `ciNormalLow`/`ciNormalHigh` the normal
/// distribution; `intervalMethod` says how (a Wald interval, a share's `svyciprop` method, Woodruff's for a
/// quantile). `deff` is the design effect against simple random sampling without replacement of the same n
/// from N = Σw (R's default; in a domain, n_d from W_d), or with replacement when the design's weights sum to no
/// more than the sample size (no population size: see `SurveyEstimator.weightsArePopulationScaled`);
/// `deffReplace` against sampling with replacement (R's `deff = "replace"`); both are NaN where undefined (for
/// example a domain with W_d ≤ n_d under expansion weights, where R gives NA). `n` counts the rows that entered
/// the estimate (domain members
/// with a non-missing value) and `nEff` is Kish's effective sample size (Σw)²/Σw² of their weights.
public struct Estimate: Sendable, Equatable {
    /// The analysed variable.
    public var variable: String
    /// The statistic: `mean`, `total`, `share`, `top_box`, `nps`, `quantile`, `variance`.
    public var statistic: String
    /// The level for shares, the probability for quantiles (as text), otherwise nil.
    public var level: String?
    /// The segment (domain) label, nil for the whole sample.
    public var segment: String?
    public var estimate: Double
    public var se: Double
    public var ciLow: Double
    public var ciHigh: Double
    public var ciNormalLow: Double
    public var ciNormalHigh: Double
    public var deff: Double
    public var deffReplace: Double
    public var n: Int
    public var nEff: Double
    /// Degrees of freedom of the t interval.
    public var degreesOfFreedom: Int
    /// How `ciLow`/`ciHigh` (and the normal variant) were made.
    public var intervalMethod: IntervalMethod = .wald
}
