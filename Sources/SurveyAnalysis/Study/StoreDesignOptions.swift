public import SurveyStatistics

/// What a user may choose about the design of a store's rows, whose weights, strata and clusters come from its
/// respondents: the rule for strata with a single PSU, and replicate weights made from that design.
public struct StoreDesignOptions: Sendable, Equatable {
    /// Strata with one PSU (R's `survey.lonely.psu`); default `.fail`, an error naming the stratum.
    public var lonelyPSU: LonelyPSU
    /// Replicate weights made from the design (`--replicates`); nil for linearisation.
    public var replicates: ReplicateRequest?

    public init(lonelyPSU: LonelyPSU = .fail, replicates: ReplicateRequest? = nil) {
        self.lonelyPSU = lonelyPSU
        self.replicates = replicates
    }
}
