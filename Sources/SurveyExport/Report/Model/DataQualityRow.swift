/// Completes carrying one flag, overall and per segment.
public struct DataQualityRow: Sendable, Hashable, Codable {
    public var flag: String
    public var meaning: String
    public var count: Int
    public var bySegment: [Int]
}
