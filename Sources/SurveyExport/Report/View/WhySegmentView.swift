struct WhySegmentView {
    var segment: String
    var base: String
    var smallBase: Bool
    var themes: TableView?
    var rawAnswers: [String]
    var ladders: [String]
}
