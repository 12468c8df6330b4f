struct RowView {
    var cells: [CellView]
}
