/// A banner (cross) table: rows of a question's answers, columns of segments with letters, and significance
/// letters in each cell naming the columns the cell is significantly higher than.
public struct BannerFinding: Sendable, Hashable, Codable {
    public var title: String
    /// What the cells are, e.g. "column %" or "mean".
    public var statistic: String
    public var columns: [BannerColumn]
    public var rows: [BannerRow]

    public init(title: String, statistic: String, columns: [BannerColumn], rows: [BannerRow]) {
        self.title = title
        self.statistic = statistic
        self.columns = columns
        self.rows = rows
    }
}

/// A banner column: segment label, letter and base.
public struct BannerColumn: Sendable, Hashable, Codable {
    public var label: String
    public var letter: String
    public var base: ReportBase

    public init(label: String, letter: String, base: ReportBase) {
        self.label = label
        self.letter = letter
        self.base = base
    }
}

/// A banner row: one estimate per column with significance letters.
public struct BannerRow: Sendable, Hashable, Codable {
    public var label: String
    public var cells: [SegmentEstimate]

    public init(label: String, cells: [SegmentEstimate]) {
        self.label = label
        self.cells = cells
    }
}
