/// A stored answer with its flags, as read back (see `StoredResponse.answerRecords`).
public struct StoredAnswer: Sendable, Hashable {
    public var record: AnswerRecord
    /// Set when back navigation made the question unreachable; the value is kept but is not part of the response.
    public var unreachable: Bool = false

    public init(record: AnswerRecord, unreachable: Bool = false) {
        self.record = record
        self.unreachable = unreachable
    }
}
