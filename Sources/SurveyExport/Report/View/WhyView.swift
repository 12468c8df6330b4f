struct WhyView {
    var prompt: String
    var about: String
    var segments: [WhySegmentView]
    var ladders: [String]
    /// The value map as inline SVG (HTML), its links as lines (Markdown) and what it represents.
    var valueMap: String?
    var valueMapLinks: [String]
    var valueMapCaption: String?
    var ladderNote: String?
}
