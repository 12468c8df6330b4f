/// The stages of a focus-group questioning route (Krueger & Casey).
public enum DiscussionStage: String, Sendable, Hashable, Codable, CaseIterable {
    case opening, introductory, transition, key, ending
}
