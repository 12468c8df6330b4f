/// A means–end chain from laddering: its codes' labels from the attribute up, and how many respondents gave it.
public struct LadderChain: Sendable, Hashable, Codable {
    public var steps: [String]
    public var count: Int
}
