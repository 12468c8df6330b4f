/// Where an interview stands.
public enum ResponseStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case inProgress = "in-progress"
    case complete
    /// Ended early with enough answers to count as a partial interview.
    case partial
    case breakOff = "break-off"
}
