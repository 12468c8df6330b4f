public import SurveyModel

/// A stored transcript turn with its sequence number and where it came from (`run`, or an imported file name).
public struct StoredTurn: Sendable, Hashable {
    public var sequence: Int
    public var turn: TranscriptTurn
    public var source: String

    /// The coding unit of this turn.
    public func unit(sessionID: String) -> CodingUnit { .turn(sessionID: sessionID, sequence: sequence) }
}
