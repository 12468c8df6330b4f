/// The share of needs that fall into a class.
public struct ClassShare: Sendable, Hashable, Codable {
    public var needClass: String
    public var share: Double
}
