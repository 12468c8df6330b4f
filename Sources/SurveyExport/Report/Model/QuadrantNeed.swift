/// A need placed on the importance–performance grid (Martilla & James 1977).
public struct QuadrantNeed: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
    public var importance: ReportEstimate
    public var performance: ReportEstimate
    /// "concentrate here", "keep up the good work", "low priority" or "possible overkill"; nil when suppressed.
    public var quadrant: String?

    public init(
        code: String, label: String, importance: ReportEstimate, performance: ReportEstimate,
        quadrant: String?
    ) {
        self.code = code
        self.label = label
        self.importance = importance
        self.performance = performance
        self.quadrant = importance.suppressed || performance.suppressed ? nil : quadrant
    }
}
