/// The codes one coder gave to one unit.
public struct Coding: Sendable, Hashable {
    public var unit: CodingUnit
    public var coder: String
    public var codes: [String]
}
