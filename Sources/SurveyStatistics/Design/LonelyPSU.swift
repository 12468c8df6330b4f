/// What to do with a stratum that has a single sampled PSU, as R's `options(survey.lonely.psu=)`.
///
/// A stratum whose PSUs were all sampled (finite-population correction 0) contributes no variance whatever the
/// option, as in R.
public enum LonelyPSU: String, Sendable, CaseIterable {
    /// Throw `DesignError.lonelyPSU` (R's default).
    case fail
    /// The stratum contributes nothing to the variance.
    case remove
    /// The PSU total is not centred: it contributes its square, as R's `onestrat` computes it (R's documentation
    /// says "centred at the grand mean", which is 0, the same, for statistics whose linearised values sum to zero,
    /// such as means and shares; for a total the square of the PSU total is R's figure).
    case adjust
    /// The variance is scaled up by (number of strata) / (number of strata with more than one PSU), i.e. lonely
    /// strata get the average contribution of the others.
    case average
    /// The lonely PSU is a certainty unit: it contributes nothing.
    case certainty
}
