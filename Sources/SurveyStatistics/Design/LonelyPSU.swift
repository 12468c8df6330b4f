/// What to do with a stratum that has a single sampled PSU, as R's `options(survey.lonely.psu=)`.
///
/// A stratum whose PSUs were all sampled (finite-population correction 0) contributes no variance whatever the
/// option, as in R.
public enum LonelyPSU: String, Sendable, CaseIterable {
    /// Throw `DesignError.lonelyPSU` (R's default).
    case fail
    /// The stratum contributes nothing to the variance.
    case remove
    /// The PSU total is centred at the grand mean of all PSU totals instead of its stratum mean
    /// (for a mean or total whose linearised values sum to zero, this is the PSU total itself).
    case adjust
    /// The variance is scaled up by (number of strata) / (number of strata with more than one PSU), i.e. lonely
    /// strata get the average contribution of the others.
    case average
    /// The lonely PSU is a certainty unit: it contributes nothing.
    case certainty
}
