/// How a weighted quantile is read off the weighted distribution function: the `qrule` of R's
/// `survey::svyquantile` (survey ≥ 4.1). Formulas: `WeightedQuantileSample`.
public enum QuantileRule: String, CaseIterable, Sendable, Codable {
    /// The inverse of the weighted distribution function (R's default, `qrule = "math"`).
    case math
    /// As `math`, but the midpoint of the two neighbouring values where the distribution function equals p exactly
    /// (`qrule = "school"`, the textbook median of an even sample).
    case school
    /// Hyndman & Fan's type 7 (R's `quantile` default), interpolating between order statistics by weight
    /// (`qrule = "hf7"`).
    case hf7

    /// The allowed names, comma-separated (for messages listing them).
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
