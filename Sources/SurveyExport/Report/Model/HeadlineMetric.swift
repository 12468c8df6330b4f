/// A headline figure (NPS, CSAT top-2-box, a mean) overall and by segment.
public struct HeadlineMetric: Sendable, Hashable, Codable {
    /// What kind of number `value` is, which decides how it is printed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Net Promoter Score, −100...100.
        case nps
        /// A proportion (top-2-box, share), printed as a percentage.
        case share
        /// A mean on the question's scale.
        case mean
    }

    /// The question (or derived metric) id.
    public var id: String
    public var label: String
    public var kind: Kind
    /// How the metric is defined, e.g. "% promoters (9–10) − % detractors (0–6)".
    public var definition: String
    /// The unit of a numeric question's mean (e.g. "EUR", "minutes"), printed after the figure; nil for none.
    public var unit: String? = nil
    public var overall: ReportEstimate
    public var segments: [SegmentEstimate] = []
}
