struct WeightingView {
    var weightSet: String
    var method: String?
    var summary: String
    var margins: TableView?
}
