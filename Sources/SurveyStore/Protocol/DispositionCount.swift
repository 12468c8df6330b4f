import SurveyModel

/// The number of cases with one final disposition for one interviewer (see `ResponseStore.dispositionCounts`).
public struct DispositionCount: Sendable, Hashable {
    public var disposition: DispositionCode
    /// The interviewer of the case's deciding response or attempt; nil when none was recorded.
    public var interviewer: String?
    public var count: Int

    public init(disposition: DispositionCode, interviewer: String?, count: Int) {
        self.disposition = disposition
        self.interviewer = interviewer
        self.count = count
    }
}
