/// A Kano feature's category and its Better/Worse coefficients (Timko 1993).
public struct KanoResult: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
    /// The most frequent category: must-be, one-dimensional, attractive, indifferent, reverse, questionable.
    public var category: String?
    /// Better = (A + O) / (A + O + M + I), 0...1.
    public var better: Double?
    /// Worse = −(O + M) / (A + O + M + I), −1...0.
    public var worse: Double?
    public var base: ReportBase
    public var suppressed: Bool

    /// A result on `base`; category and coefficients are withheld when the base is below `minimumBase`.
    public init(
        code: String, label: String, category: String?, better: Double?, worse: Double?, base: ReportBase,
        minimumBase: Int
    ) {
        self.code = code
        self.label = label
        self.base = base
        suppressed = base.isSmall(minimum: minimumBase)
        self.category = suppressed ? nil : category
        self.better = suppressed ? nil : better
        self.worse = suppressed ? nil : worse
    }
}
