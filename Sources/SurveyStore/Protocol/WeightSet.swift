import Foundation

/// A named set of final weights (respondent id → weight) with the report of how they were made, and optionally
/// the replicate weights made with them.
public struct WeightSet: Sendable, Hashable {
    public var name: String
    public var surveyID: String
    public var weights: [String: Double]
    /// Each respondent's weight in every replicate (respondent id → R weights, the same R for all), saved by
    /// `voc weight --replicates`; empty when the set has none. What the replicates are (method, scale, rscales) is
    /// in the report, which the store does not read.
    public var replicateWeights: [String: [Double]]
    /// The weighting report (method, margins, convergence, efficiency) as JSON text.
    public var reportJSON: String
    public var createdAt: Date

    public init(
        name: String, surveyID: String, weights: [String: Double], replicateWeights: [String: [Double]] = [:],
        reportJSON: String, createdAt: Date = Date()
    ) {
        self.name = name
        self.surveyID = surveyID
        self.weights = weights
        self.replicateWeights = replicateWeights
        self.reportJSON = reportJSON
        self.createdAt = createdAt
    }
}
