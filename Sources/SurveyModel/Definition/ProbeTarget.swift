/// What a why probe is asked about.
public enum ProbeTarget: String, Sendable, Hashable, Codable, CaseIterable {
    /// Once, about the answer as a whole.
    case answer
    /// Once for each selected option (multiple choice) or ranked item (ranking).
    case eachSelected = "each-selected"
}
