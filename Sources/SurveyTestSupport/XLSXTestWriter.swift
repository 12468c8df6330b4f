import Foundation
import ZIPFoundation

/// Writes small `.xlsx` workbooks for tests and benchmarks (XLSForms generated in code): one worksheet per sheet,
/// every cell an inline string (`t="inlineStr"`), Deflate-compressed parts. Enough for readers of the Office Open
/// XML spreadsheet format; no styles, no shared strings.
public enum XLSXTestWriter {
    /// Writes `sheets` (name and rows of cell texts; empty texts are left out) to `url`, replacing it.
    public static func write(_ sheets: [(name: String, rows: [[String]])], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
        var overrides = ""
        var workbookSheets = ""
        var relationships = ""
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            overrides +=
                "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            workbookSheets += "<sheet name=\"\(escaped(sheet.name))\" sheetId=\"\(number)\" r:id=\"rId\(number)\"/>"
            relationships +=
                "<Relationship Id=\"rId\(number)\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet\(number).xml\"/>"
            try add("xl/worksheets/sheet\(number).xml", worksheet(sheet.rows), to: archive)
        }
        try add(
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + overrides + "</Types>", to: archive)
        try add(
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>", to: archive)
        try add(
            "xl/workbook.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + workbookSheets
                + "</sheets></workbook>", to: archive)
        try add(
            "xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationships + "</Relationships>", to: archive)
    }

    /// The worksheet part of `rows`, cells referenced as `A1`, `B1`, ...
    private static func worksheet(_ rows: [[String]]) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (column, text) in row.enumerated() where !text.isEmpty {
                xml += "<c r=\"\(letters(column))\(rowIndex + 1)\" t=\"inlineStr\"><is><t>\(escaped(text))</t></is></c>"
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func letters(_ column: Int) -> String {
        var number = column + 1
        var result = ""
        while number > 0 {
            result = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + result
            number = (number - 1) / 26
        }
        return result
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func add(_ path: String, _ text: String, to archive: Archive) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
