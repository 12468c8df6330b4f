import Foundation

/// A stored data-quality run (`voc quality`): the flags every judged response received, with the settings that
/// produced them and a summary report. Like a weight set, a run is named and replaced as a whole; responses without
/// any flag have no record (they are clean in that run). Nothing about a response itself is changed.
public struct QualityRun: Sendable, Hashable {
    public var name: String
    public var surveyID: String
    /// The thresholds the run used, as JSON text (so a later run can be compared and the run reproduced).
    public var settingsJSON: String
    /// The run's summary (counts by flag, interviewer indicators) as JSON text.
    public var reportJSON: String
    public var createdAt: Date
    /// One record per response that carries at least one flag, in response id order.
    public var records: [QualityRecord]

    public init(
        name: String, surveyID: String, settingsJSON: String, reportJSON: String, createdAt: Date = Date(),
        records: [QualityRecord]
    ) {
        self.name = name
        self.surveyID = surveyID
        self.settingsJSON = settingsJSON
        self.reportJSON = reportJSON
        self.createdAt = createdAt
        self.records = records
    }
}
