/// The base of a figure: how many respondents it rests on, unweighted and effective.
public struct ReportBase: Sendable, Hashable, Codable {
    public var unweighted: Int
    /// The effective sample size (Kish): (Σw)² / Σw²; equals `unweighted` for unweighted data.
    public var effective: Double

    public init(unweighted: Int, effective: Double) {
        self.unweighted = unweighted
        self.effective = effective
    }

    /// Whether the base is below `minimum` unweighted respondents.
    public func isSmall(minimum: Int) -> Bool { unweighted < minimum }
}
