/// A point estimate with its standard error and confidence interval, or a suppressed one (small base).
public struct ReportEstimate: Sendable, Hashable, Codable {
    /// nil when suppressed or not estimable.
    public var value: Double?
    public var standardError: Double?
    public var lower: Double?
    public var upper: Double?
    public var base: ReportBase
    /// True when the base is below the report's minimum: the value is withheld.
    public var suppressed: Bool

    /// An estimate on `base`; withheld (all numbers nil, `suppressed` true) when `base.unweighted < minimumBase`.
    public init(
        value: Double?, standardError: Double? = nil, lower: Double? = nil, upper: Double? = nil, base: ReportBase,
        minimumBase: Int
    ) {
        self.base = base
        suppressed = base.isSmall(minimum: minimumBase)
        self.value = suppressed ? nil : value
        self.standardError = suppressed ? nil : standardError
        self.lower = suppressed ? nil : lower
        self.upper = suppressed ? nil : upper
    }
}
