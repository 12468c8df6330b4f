struct DataQualityView {
    var summary: String
    var table: TableView?
}
