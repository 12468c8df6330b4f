struct CellView {
    var text: String
    /// Whether the cell shows a withheld (small-base) figure: styled as muted in HTML.
    var small: Bool
}
