/// The respondent's choice in one MaxDiff set.
public struct MaxDiffChoice: Sendable, Hashable, Codable {
    /// The item codes shown, in display order.
    public var shown: [String]
    public var best: String
    public var worst: String

    public init(shown: [String], best: String, worst: String) {
        self.shown = shown
        self.best = best
        self.worst = worst
    }
}
