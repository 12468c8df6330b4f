/// Interviews per interviewer.
public struct InterviewerCount: Sendable, Hashable, Codable {
    public var interviewer: String
    public var completes: Int
    public var cases: Int
}
