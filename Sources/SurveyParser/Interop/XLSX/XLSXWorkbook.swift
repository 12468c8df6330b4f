import Foundation
import ZIPFoundation

/// An `.xlsx` workbook read from memory with ZIPFoundation: its sheets by name and its shared strings.
///
/// Sheets are found the way Excel does: `xl/workbook.xml` names them and points at each through its
/// relationships (`xl/_rels/workbook.xml.rels`). Only the parts asked for are decompressed.
struct XLSXWorkbook {
    let file: String
    private let archive: Archive
    /// Sheet names with their part paths, in workbook order.
    let sheets: [(name: String, path: String)]
    private let sharedStrings: [String]

    /// Whether `data` is a readable ZIP archive holding `xl/workbook.xml`.
    static func isWorkbook(_ data: Data) -> Bool {
        do {
            return try Archive(data: data, accessMode: .read, pathEncoding: nil)["xl/workbook.xml"] != nil
        } catch {
            return false
        }
    }

    /// Opens the workbook in `data`; `file` names it in errors (a truncated archive, a missing or malformed part).
    init(data: Data, file: String) throws(ConversionError) {
        self.file = file
        do {
            archive = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            throw ConversionError(file: file, "not a readable .xlsx workbook (the ZIP archive is truncated or damaged)")
        }
        let workbookPart = try Self.part("xl/workbook.xml", in: archive, file: file, required: true)
        guard let workbook = workbookPart.flatMap(XMLTreeReader.parse) else {
            throw ConversionError(file: file, "xl/workbook.xml is not well-formed XML")
        }
        var targets: [String: String] = [:]
        if let rels = try Self.part("xl/_rels/workbook.xml.rels", in: archive, file: file, required: false)
            .flatMap(XMLTreeReader.parse)
        {
            for relationship in rels.children("Relationship") {
                guard let id = relationship.attributes["Id"], let target = relationship.attributes["Target"] else {
                    continue
                }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var sheets: [(name: String, path: String)] = []
        for (index, sheet) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
            guard let name = sheet.attributes["name"] else { continue }
            let path = sheet.attributes["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index + 1).xml"
            sheets.append((name, path))
        }
        self.sheets = sheets
        var strings: [String] = []
        if let table = try Self.part("xl/sharedStrings.xml", in: archive, file: file, required: false) {
            guard let root = XMLTreeReader.parse(table) else {
                throw ConversionError(file: file, "xl/sharedStrings.xml is not well-formed XML")
            }
            strings = root.children("si").map(\.stringItemText)
        }
        sharedStrings = strings
    }

    /// The sheet whose name is `name` (ignoring case and surrounding spaces), or nil when there is none.
    func sheet(named name: String) throws(ConversionError) -> XLSXSheet? {
        let wanted = name.lowercased()
        guard let entry = sheets.first(where: { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted })
        else { return nil }
        guard let data = try Self.part(entry.path, in: archive, file: file, required: true),
            let root = XMLTreeReader.parse(data)
        else {
            throw ConversionError(
                file: file, location: entry.name, "the sheet's XML (\(entry.path)) is not well-formed")
        }
        return XLSXSheet(name: entry.name, root: root, sharedStrings: sharedStrings)
    }

    /// The decompressed bytes of the part at `path`; nil when it is absent and not `required`.
    private static func part(
        _ path: String, in archive: Archive, file: String, required: Bool
    )
        throws(ConversionError) -> Data?
    {
        guard let entry = archive[path] else {
            if required { throw ConversionError(file: file, "the workbook has no \(path)") }
            return nil
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in data.append(chunk) }
        } catch {
            throw ConversionError(file: file, "cannot read \(path) from the workbook (truncated or damaged archive)")
        }
        return data
    }
}
