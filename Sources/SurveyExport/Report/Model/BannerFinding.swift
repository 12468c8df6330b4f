/// A banner (cross) table: rows of a question's answers, columns of segments with letters, and significance
/// letters in each cell naming the columns the cell is significantly higher than.
public struct BannerFinding: Sendable, Hashable, Codable {
    public var title: String
    /// What the cells are, e.g. "column %" or "mean".
    public var statistic: String
    public var columns: [BannerColumn]
    public var rows: [BannerRow]
}

/// A banner column: segment label, letter and base.
public struct BannerColumn: Sendable, Hashable, Codable {
    public var label: String
    public var letter: String
    public var base: ReportBase
}

/// A banner row: one estimate per column with significance letters.
public struct BannerRow: Sendable, Hashable, Codable {
    public var label: String
    public var cells: [SegmentEstimate]
}
