/// A poll answer that does not fit its question.
public struct PollError: Error, Sendable, Hashable {
    public var message: String
}
