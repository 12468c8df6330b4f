/// What `SurveyWeighting.run` should do.
public struct WeightingRequest: Sendable {
    public var margins: MarginTargets
    /// Post-stratify on the joint table of these variables (the margins must hold the joint margin `a:b`);
    /// nil to rake on all margins.
    public var poststratify: [String]?
    public var raking: RakingOptions
    /// Trim the final weights to these bounds with redistribution (R `trimWeights`).
    public var trim: TrimBounds?
    public var strictTrim: Bool
    /// Throw on non-convergence (default); otherwise return with `converged == false` in the report.
    public var failOnNonConvergence: Bool
    /// Calibrate to the margins and totals by a distance function (`--calfun`, R's `calibrate`) instead of raking
    /// or post-stratifying; nil for those. Needed when the margins hold totals of numeric variables.
    public var distance: DistanceCalibration?

    public init(
        margins: MarginTargets, poststratify: [String]? = nil, raking: RakingOptions = RakingOptions(),
        trim: TrimBounds? = nil, strictTrim: Bool = false, failOnNonConvergence: Bool = true,
        distance: DistanceCalibration? = nil
    ) {
        self.distance = distance
        self.margins = margins
        self.poststratify = poststratify
        self.raking = raking
        self.trim = trim
        self.strictTrim = strictTrim
        self.failOnNonConvergence = failOnNonConvergence
    }
}
