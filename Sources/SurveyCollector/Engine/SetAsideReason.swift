/// Why an answer was set aside.
public enum SetAsideReason: String, Sendable, Hashable, Codable {
    /// The question is no longer asked on the current path.
    case unreachable
    /// The question is still asked but the answer no longer passes its hard checks or options.
    case invalid
}
