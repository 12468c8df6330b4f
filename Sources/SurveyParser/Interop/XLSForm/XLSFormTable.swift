import Foundation

/// One sheet of an XLSForm as a table: its first non-empty row is the header, each later row maps column names
/// to cell texts.
///
/// Column names are compared ignoring case and surrounding spaces (as pyxform does), except the language part
/// of translated columns (`label::English (en)`), which keeps its spelling for the report.
struct XLSFormTable {
    /// One row below the header.
    struct Row {
        /// The 1-based row number in the sheet.
        var number: Int
        /// Cell texts (trimmed, never empty) by column name.
        var cells: [String: String]

        subscript(_ column: String) -> String? { cells[column] }
    }

    /// The sheet's name as the workbook spells it.
    var sheet: String
    /// Column names (`label::English (en)` keeps its language as written, the rest lower-cased) by 0-based index.
    var columns: [Int: String]
    var rows: [Row]

    init(_ sheet: XLSXSheet) {
        self.sheet = sheet.name
        guard let header = sheet.rows.first else {
            columns = [:]
            rows = []
            return
        }
        var columns: [Int: String] = [:]
        for (index, name) in header.cells { columns[index] = Self.columnName(name) }
        self.columns = columns
        rows = sheet.rows.dropFirst().compactMap { row in
            var cells: [String: String] = [:]
            for (index, value) in row.cells {
                guard let column = columns[index] else { continue }
                let trimmed = value.trimmingSpaces
                if !trimmed.isEmpty { cells[column] = trimmed }
            }
            return cells.isEmpty ? nil : Row(number: row.number, cells: cells)
        }
    }

    /// `SHEET!CELL` of `column` in `row`: a translated `column::...` when the sheet has no bare `column`, and
    /// column A when it has neither.
    func location(_ column: String, row: Int) -> String {
        let index =
            columns.filter { $0.value == column }.keys.min()
            ?? columns.filter { $0.value.hasPrefix(column + "::") }.keys.min() ?? 0
        return XLSXCellReference.location(sheet: sheet, column: index, row: row)
    }

    /// Whether the header has `column`.
    func has(_ column: String) -> Bool { columns.values.contains(column) }

    /// A header cell as a column name: the base lower-cased, `::language` kept; the legacy single colon
    /// (`label:English`) and `bind::`/`body::` prefixes read as pyxform reads them.
    static func columnName(_ header: String) -> String {
        var name = header.trimmingSpaces
        for prefix in ["bind::", "body::"] where name.lowercased().hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        if let range = name.range(of: "::") {
            return name[..<range.lowerBound].lowercased().trimmingSpaces + "::"
                + name[range.upperBound...].trimmingSpaces
        }
        if let colon = name.firstIndex(of: ":"),
            name.lowercased().hasPrefix("label:") || name.lowercased().hasPrefix("hint:")
                || name.lowercased().hasPrefix("constraint_message:")
        {
            return name[..<colon].lowercased() + "::" + name[name.index(after: colon)...].trimmingSpaces
        }
        return name.lowercased()
    }

    /// The languages of translated columns (`label::X`, `hint::X`, ...), in column order.
    var languages: [String] {
        var seen: [String] = []
        for index in columns.keys.sorted() {
            guard let column = columns[index], let range = column.range(of: "::") else { continue }
            let language = String(column[range.upperBound...])
            if !seen.contains(language) { seen.append(language) }
        }
        return seen
    }
}
