/// An AAPOR outcome rate (RR1, COOP1, REF1, CON1, ...), as a proportion.
public struct OutcomeRate: Sendable, Hashable, Codable {
    public var name: String
    /// nil when the denominator is zero.
    public var value: Double?
    /// The formula in AAPOR notation, e.g. `I / ((I+P) + (R+NC+O) + (UH+UO))`.
    public var formula: String
}
