/// How the confidence interval of a share (a proportion, a top-2-box share) is made: the `method` of R's
/// `survey::svyciprop`. Every method but `mean` keeps the interval inside [0, 1] by construction; `mean` is
/// clipped to it. Formulas: `ShareInterval`.
public enum ShareIntervalMethod: String, CaseIterable, Sendable, Codable {
    /// Wald interval for the logit of the share, from the survey-weighted logistic regression `y ~ 1`
    /// (R's default, `svyglm(..., family = quasibinomial)`).
    case logit
    /// The profile likelihood of that logistic regression, with the Rao–Scott scaling of its χ² reference.
    case likelihood
    /// Korn & Graubard's (1998) Clopper–Pearson interval at the effective sample size p(1 − p)/V(p̂).
    case beta
    /// Wald interval for the logit of the share, from the delta method on the weighted mean.
    case xlogit
    /// Wald interval for arcsin √p, from the delta method.
    case asin
    /// Wald interval p̂ ± t·SE, clipped to [0, 1].
    case mean

    /// One line saying how the interval was made, for table footers and report notes.
    public var summary: String {
        switch self {
        case .logit: "logit (Wald interval on the logit scale, R svyciprop's default)"
        case .likelihood: "likelihood (profile likelihood with Rao-Scott scaling, R svyciprop method \"likelihood\")"
        case .beta: "beta (Korn-Graubard Clopper-Pearson at the effective sample size)"
        case .xlogit: "xlogit (delta-method Wald interval on the logit scale)"
        case .asin: "asin (delta-method Wald interval on the arcsine square-root scale)"
        case .mean: "mean (Wald interval p +/- t*SE, clipped to [0, 1])"
        }
    }

    /// The allowed names, comma-separated (for messages listing them).
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
