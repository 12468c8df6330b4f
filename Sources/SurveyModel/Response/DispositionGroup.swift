/// The AAPOR outcome groups.
public enum DispositionGroup: String, Sendable, Hashable, Codable, CaseIterable {
    case interview = "I", partial = "P", refusal = "R", nonContact = "NC", otherEligible = "O"
    case unknownHousehold = "UH", unknownOther = "UO", notEligible = "NE", pending = "pending"
}
