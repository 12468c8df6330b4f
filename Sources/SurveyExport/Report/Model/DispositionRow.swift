/// How many cases ended with one AAPOR disposition code.
public struct DispositionRow: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
    /// The AAPOR outcome group (I, P, R, NC, O, UH, UO, NE).
    public var group: String
    public var count: Int
}
