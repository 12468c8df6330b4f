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

/// The flags of one response in a quality run.
public struct QualityRecord: Sendable, Hashable {
    public var responseID: String
    public var respondentID: String
    /// The graded score: the sum of the flags' weights (a response is "flagged" at 1 or more).
    public var score: Double
    /// The flag names, in a fixed order (e.g. `["speeding", "straightlining"]`).
    public var flags: [String]
    /// The evidence behind each flag as a JSON object (flag name → text); never the respondent's answers verbatim
    /// beyond what the flag needs.
    public var evidenceJSON: String

    public init(responseID: String, respondentID: String, score: Double, flags: [String], evidenceJSON: String) {
        self.responseID = responseID
        self.respondentID = respondentID
        self.score = score
        self.flags = flags
        self.evidenceJSON = evidenceJSON
    }
}

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
