/// One population margin: the target share and the sample's share before and after weighting.
public struct MarginFinding: Sendable, Hashable, Codable {
    public var variable: String
    public var level: String
    public var target: Double
    public var unweighted: Double
    public var weighted: Double
}
