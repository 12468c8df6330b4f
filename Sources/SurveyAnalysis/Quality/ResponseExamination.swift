/// What one response shows on its own (`QualityExaminer.examine`): worked out without the run's shared state, so
/// that pages of responses can be examined in parallel and then taken into the run in order
/// (`QualityAssessor.absorb`).
struct ResponseExamination: Sendable {
    var responseID: String
    var respondentID: String
    /// The flags judged from this response alone (grids, checks, open answers, non-response, completion time).
    var flags: [QualityFlag]
    /// Total duration in seconds (NaN: unknown).
    var duration: Double
    var mode: String
    var interviewer: String?
    /// Milliseconds per closed question of the layout, in its order (NaN: unknown).
    var questionTimes: [Float]
    /// The response's comparable cells, by layout item index (for duplicates).
    var cells: [(index: Int, cell: QualityLayout.Cell)]
    /// Bit `i` set: the response is in the survey's segment `i` (the first 64).
    var segmentMembership: UInt64
    /// Normalised why answers long enough to compare across responses, each once.
    var sharedTexts: [HashedText]
    /// Contact values as compared, prefixed with the attribute name and U+0001.
    var contactKeys: [HashedText]
    /// Asked closed questions, and those answered "don't know" or "refused".
    var asked: Int32
    var dontKnows: Int32
}
