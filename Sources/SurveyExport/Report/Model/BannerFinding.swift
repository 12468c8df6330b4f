/// A banner (cross) table: rows of a question's answers, columns of segments with letters, and significance
/// letters in each cell naming the columns the cell is significantly higher than.
public struct BannerFinding: Sendable, Hashable, Codable {
    public var title: String
    /// What the cells are, e.g. "column %" or "mean".
    public var statistic: String
    public var columns: [BannerColumn]
    public var rows: [BannerRow]
}
