public import SurveyStatistics

/// The design of the completes for a report: one row per response id, in the design's row order.
public struct ReportDesign: Sendable {
    public var responseIDs: [String]
    public var design: SurveyDesign
}
