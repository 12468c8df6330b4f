import Foundation

/// A named set of final weights (respondent id → weight) with the report of how they were made.
public struct WeightSet: Sendable, Hashable {
    public var name: String
    public var surveyID: String
    public var weights: [String: Double]
    /// The weighting report (method, margins, convergence, efficiency) as JSON text.
    public var reportJSON: String
    public var createdAt: Date

    public init(name: String, surveyID: String, weights: [String: Double], reportJSON: String, createdAt: Date = Date())
    {
        self.name = name
        self.surveyID = surveyID
        self.weights = weights
        self.reportJSON = reportJSON
        self.createdAt = createdAt
    }
}
