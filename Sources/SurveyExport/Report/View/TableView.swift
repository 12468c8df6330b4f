/// A table: a title, a header row, body rows and an optional note under it.
struct TableView {
    var tableTitle: String?
    var header: [String]
    var rows: [RowView]
    var tableNote: String?
}
