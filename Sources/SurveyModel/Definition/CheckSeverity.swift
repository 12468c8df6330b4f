public enum CheckSeverity: String, Sendable, Hashable, Codable, CaseIterable {
    case hard, soft
}
