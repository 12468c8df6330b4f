import Foundation
import ZIPFoundation

/// Writes `.xlsx` workbooks of text cells (Office Open XML spreadsheets, ECMA-376) with ZIPFoundation, in
/// memory: one worksheet per sheet, every text once in the shared-strings table (`t="s"` cells, as Excel writes
/// them), a minimal style sheet, Deflate-compressed parts. The one `.xlsx` writer of the package: XLSForms
/// written by `voc convert` and the workbooks tests and benchmarks generate.
///
/// Texts keep leading and trailing spaces (`xml:space="preserve"`); characters XML 1.0 cannot hold (control
/// characters other than tab, line feed and carriage return) are left out. Empty texts are empty cells.
public enum XLSXWriter {
    /// One worksheet: its name (at most 31 characters, no `[]:*?/\`, as Excel requires) and its rows of texts.
    public struct Sheet: Sendable, Hashable {
        public var name: String
        public var rows: [[String]]

        public init(name: String, rows: [[String]]) {
            self.name = name
            self.rows = rows
        }
    }

    /// A workbook that cannot be written: a ZIP archive error, named.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The bytes of the workbook holding `sheets` in order.
    /// - Throws: `WriteError` when ZIPFoundation cannot build the archive (never for valid input in practice).
    public static func data(_ sheets: [Sheet]) throws(WriteError) -> Data {
        var strings = SharedStrings()
        var parts: [(path: String, text: String)] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.rows, strings: &strings)))
        }
        parts.append(("xl/sharedStrings.xml", strings.part))
        parts.append(("xl/styles.xml", styles))
        parts.append(("xl/workbook.xml", workbook(sheets)))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)))
        parts.append(("_rels/.rels", packageRelationships))
        parts.append(("[Content_Types].xml", contentTypes(sheets.count)))
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            for part in parts.sorted(by: { order($0.path) < order($1.path) }) {
                let bytes = Data(part.text.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WriteError(description: "the archive has no data") }
            return data
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(description: "cannot build the .xlsx archive: \(error)")
        }
    }

    /// Writes the workbook holding `sheets` to `url`, replacing it (atomically).
    public static func write(_ sheets: [Sheet], to url: URL) throws {
        try data(sheets).write(to: url, options: .atomic)
    }

    /// `[Content_Types].xml` first, as Excel writes it; the rest in the order built.
    private static func order(_ path: String) -> Int { path == "[Content_Types].xml" ? 0 : 1 }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The texts of every cell, each once, in order of first use.
    private struct SharedStrings {
        var indices: [String: Int] = [:]
        var texts: [String] = []
        var uses = 0

        mutating func index(_ text: String) -> Int {
            uses += 1
            if let index = indices[text] { return index }
            indices[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        var part: String {
            var xml = header + "<sst xmlns=\"\(mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
            for text in texts {
                let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true
                xml += "<si><t\(space ? " xml:space=\"preserve\"" : "")>\(XLSXWriter.escaped(text))</t></si>"
            }
            return xml + "</sst>"
        }
    }

    private static func worksheet(_ rows: [[String]], strings: inout SharedStrings) -> String {
        var xml = header + "<worksheet xmlns=\"\(mainNamespace)\"><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            let number = rowIndex + 1
            xml += "<row r=\"\(number)\">"
            for (column, text) in row.enumerated() where !text.isEmpty {
                let reference = XLSXCellReference.letters(column) + String(number)
                xml += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.index(text))</v></c>"
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func workbook(_ sheets: [Sheet]) -> String {
        var xml =
            header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    private static func workbookRelationships(_ count: Int) -> String {
        var xml = header + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        for number in 1..<(count + 1) {
            xml +=
                "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\(number).xml\"/>"
        }
        xml +=
            "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relationshipNamespace)/sharedStrings\" "
            + "Target=\"sharedStrings.xml\"/>"
        xml += "<Relationship Id=\"rId\(count + 2)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    private static let packageRelationships =
        header + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func contentTypes(_ count: Int) -> String {
        let prefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml =
            header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(prefix).sheet.main+xml\"/>"
        for number in 1..<(count + 1) {
            xml +=
                "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"\(prefix).worksheet+xml\"/>"
        }
        return xml
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(prefix).sharedStrings+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(prefix).styles+xml\"/>" + "</Types>"
    }

    /// The smallest style sheet Excel accepts: one font, the two required fills, one border, one cell format.
    private static let styles =
        header + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    /// `text` escaped for XML content and attribute values, without the characters XML 1.0 cannot hold
    /// (`XMLElementOut.escape`).
    static func escaped(_ text: String) -> String { XMLElementOut.escape(text, attribute: true) }
}
