/// One worksheet's cells as text, by 1-based row number and 0-based column.
struct XLSXSheet: Sendable {
    /// One row of cells that have a value.
    struct Row: Sendable {
        /// The 1-based row number, as in the cell references.
        var number: Int
        /// Cell texts by 0-based column; empty cells are absent.
        var cells: [Int: String]
    }

    var name: String
    /// The rows with at least one cell, in order.
    var rows: [Row]

    /// Reads the rows of a worksheet part: shared strings (`t="s"`) looked up in `sharedStrings`, inline strings
    /// (`t="inlineStr"`) and formula strings (`t="str"`) as written, booleans as `true`/`false`, numbers as
    /// written with a trailing `.0` removed. Cells without a reference take the next column of their row.
    init(name: String, root: XMLTreeNode, sharedStrings: [String]) {
        self.name = name
        rows = []
        guard let data = root.child("sheetData") else { return }
        var nextRowNumber = 1
        for rowNode in data.children("row") {
            let number = rowNode.attributes["r"].flatMap { Int($0) } ?? nextRowNumber
            nextRowNumber = number + 1
            var cells: [Int: String] = [:]
            var nextColumn = 0
            for cell in rowNode.children("c") {
                let column = cell.attributes["r"].flatMap(XLSXCellReference.column(of:)) ?? nextColumn
                nextColumn = column + 1
                let value = Self.value(of: cell, sharedStrings: sharedStrings)
                if !value.isEmpty { cells[column] = value }
            }
            if !cells.isEmpty { rows.append(Row(number: number, cells: cells)) }
        }
    }

    private static func value(of cell: XMLTreeNode, sharedStrings: [String]) -> String {
        let raw = cell.child("v")?.text ?? ""
        switch cell.attributes["t"] {
        case "s": return Int(raw).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr": return cell.child("is")?.stringItemText ?? ""
        case "b": return raw == "1" ? "true" : raw == "0" ? "false" : raw
        case "str", "e": return raw
        default: return raw.hasSuffix(".0") ? String(raw.dropLast(2)) : raw
        }
    }
}
