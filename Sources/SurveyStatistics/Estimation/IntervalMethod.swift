/// How an estimate's confidence interval was made, so that every printed interval can say so.
public enum IntervalMethod: Hashable, Sendable {
    /// estimate ± t·SE with the design degrees of freedom (means, totals, NPS, variances).
    case wald
    /// A share's interval by one of R `svyciprop`'s methods (`ShareInterval`).
    case share(ShareIntervalMethod)
    /// Woodruff's interval for a quantile under an R `svyquantile` rule (`SurveyEstimator.quantiles`).
    case woodruff(QuantileRule)

    /// A short machine-readable name: `wald`, the share method (`logit`, `beta`, ...), or `woodruff-<qrule>`.
    public var name: String {
        switch self {
        case .wald: "wald"
        case .share(let method): method.rawValue
        case .woodruff(let rule): "woodruff-\(rule.rawValue)"
        }
    }

    /// One line for a footer or note: what the interval is.
    public var summary: String {
        switch self {
        case .wald: "wald (estimate +/- t*SE with the design degrees of freedom)"
        case .share(let method): method.summary
        case .woodruff(let rule):
            "woodruff-\(rule.rawValue) (Woodruff interval from the distribution function, R svyquantile "
                + "qrule \"\(rule.rawValue)\")"
        }
    }
}
