/// Summary statistics of a weight set.
public struct WeightStatistics: Sendable, Hashable, Codable {
    public var count: Int
    public var minimum: Double
    public var median: Double
    public var maximum: Double
    public var mean: Double
    /// Coefficient of variation (standard deviation / mean).
    public var coefficientOfVariation: Double
}
