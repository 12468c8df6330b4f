/// What a share's confidence interval needs to know about the share and the design it was estimated on.
struct ShareSample {
    /// p̂, the weighted share (R `svymean` of the 0/1 variable).
    var estimate: Double
    /// V(p̂), its design-based (linearised) variance.
    var variance: Double
    /// `degf` of the design the share was estimated on (a domain's own, as `svyby` gives `svyciprop`);
    /// `.infinity` for the normal-reference variant.
    var degreesOfFreedom: Double
    /// `nrow(design)`: the rows of that design, answered or not (R's beta method uses nrow − 1 degrees of freedom).
    var designRows: Int
    /// The answered rows of the model frame (`NROW(Y)` in R's profile: the segment's, or a calibrated design's
    /// every answered row).
    var modelRows: Int
    /// The 0/1 outcomes of the rows with an answer (the likelihood method refits the logistic model on them).
    var outcomes: [Double]
    /// The sampling weights of those rows.
    var weights: [Double]
    /// The mean sampling weight over the design's rows: `svyglm` divides the weights by it (`rescale = TRUE`).
    var meanDesignWeight: Double

    /// On a replicate design, the replicate variance of logit(p̂) (`ReplicateWeights.covariance` of the
    /// replicates' logits), which the logit method uses instead of the delta method, as R's `svyglm` on a
    /// replicate design refits the model on every replicate.
    var logitVariance: Double? = nil

    /// The standard error √V(p̂).
    var standardError: Double { variance.squareRoot() }
}
