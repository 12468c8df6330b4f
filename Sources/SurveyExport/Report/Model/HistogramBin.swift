/// A histogram bin `[lower, upper)` (the last bin includes its upper edge).
public struct HistogramBin: Sendable, Hashable, Codable {
    public var lower: Double
    public var upper: Double
    public var count: Int
}
