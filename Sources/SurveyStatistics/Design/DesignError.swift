/// Problems with a survey design specification.
public enum DesignError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stratum has one PSU and `LonelyPSU.fail` is in force. `stratum` is the stratum's label.
    case lonelyPSU(stratum: String, stage: Int)
    /// A design column has missing values (`count` rows).
    case missingDesignValues(column: String, count: Int)
    /// Weights must be finite and non-negative.
    case invalidWeights(count: Int)
    /// The finite-population correction varies within a stratum (or PSU, at stage 2).
    case inconsistentFPC(column: String, stratum: String)
    /// The population size is smaller than the number of sampled units.
    case fpcTooSmall(column: String, stratum: String)
    /// More than two cluster stages were given.
    case tooManyStages(Int)
    /// `fpc` has more stages than `clusters`.
    case fpcWithoutCluster

    public var description: String {
        switch self {
        case .lonelyPSU(let stratum, let stage):
            "stratum '\(stratum)' has only one PSU at stage \(stage) (use a lonely-PSU option: remove, adjust, "
                + "average or certainty)"
        case .missingDesignValues(let column, let count): "design column '\(column)' has \(count) missing values"
        case .invalidWeights(let count): "\(count) weights are negative, infinite or missing"
        case .inconsistentFPC(let column, let stratum):
            "fpc column '\(column)' is not constant within stratum '\(stratum)'"
        case .fpcTooSmall(let column, let stratum):
            "fpc column '\(column)' gives a population smaller than the sample in stratum '\(stratum)'"
        case .tooManyStages(let count): "\(count) cluster stages given; at most 2 are supported"
        case .fpcWithoutCluster: "more fpc columns than cluster stages"
        }
    }
}
