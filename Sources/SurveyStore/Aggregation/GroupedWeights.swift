/// The outcome of weighting groups (`StoreAggregating.saveGroupedWeightSet`): one final weight per group, in the
/// order the groups were given, and the report stored with the set.
public struct GroupedWeights: Sendable {
    public var weights: [Double]
    public var reportJSON: String

    public init(weights: [Double], reportJSON: String) {
        self.weights = weights
        self.reportJSON = reportJSON
    }
}
