import Foundation

/// A quality run without its records (for listings).
public struct QualityRunSummary: Sendable, Hashable {
    public var name: String
    public var surveyID: String
    /// Responses with at least one flag.
    public var flaggedCount: Int
    /// The run's summary as JSON text (small: counts, not records).
    public var reportJSON: String
    public var createdAt: Date

    public init(name: String, surveyID: String, flaggedCount: Int, reportJSON: String, createdAt: Date) {
        self.name = name
        self.surveyID = surveyID
        self.flaggedCount = flaggedCount
        self.reportJSON = reportJSON
        self.createdAt = createdAt
    }
}
