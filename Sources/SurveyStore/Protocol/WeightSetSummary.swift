import Foundation

/// A weight set without its weights (for listings).
public struct WeightSetSummary: Sendable, Hashable {
    public var name: String
    public var surveyID: String
    public var count: Int
    public var createdAt: Date
}
