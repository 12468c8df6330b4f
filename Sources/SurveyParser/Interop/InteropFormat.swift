import Foundation

/// The survey file formats `voc convert` reads, told apart by their content, never by the file name.
public enum InteropFormat: String, Sendable, Hashable, CaseIterable {
    /// voc's own XML syntax.
    case vocXML = "voc-xml"
    /// voc's own JSON syntax.
    case vocJSON = "voc-json"
    /// An ODK XLSForm workbook (`.xlsx`: a ZIP archive holding `xl/workbook.xml`).
    case xlsForm = "xlsform"
    /// A SurveyJS survey definition (JSON with `pages` or `elements`).
    case surveyJS = "surveyjs"
    /// An ODK XForms form (XML in the XForms namespace `http://www.w3.org/2002/xforms`).
    case xforms = "xforms"
    /// A Qualtrics survey export `.qsf` (JSON with `SurveyEntry` and `SurveyElements`).
    case qualtrics = "qualtrics"
    /// A LimeSurvey survey structure `.lss` (XML whose root is `<document>` with `<LimeSurveyDocType>`).
    case limeSurvey = "limesurvey"

    /// The name used in messages and the report.
    public var name: String {
        switch self {
        case .vocXML: "voc XML"
        case .vocJSON: "voc JSON"
        case .xlsForm: "XLSForm"
        case .surveyJS: "SurveyJS"
        case .xforms: "ODK XForms"
        case .qualtrics: "Qualtrics"
        case .limeSurvey: "LimeSurvey"
        }
    }

    /// Whether the format is voc's own (read by `SurveyLoader`, not converted).
    public var isVoc: Bool { self == .vocXML || self == .vocJSON }

    /// The format of `data`, read from `file` (named in errors).
    ///
    /// A ZIP archive is an XLSForm when it holds `xl/workbook.xml`; an OLE2 compound file (bytes `D0 CF 11 E0`) is
    /// an old Excel 97-2003 `.xls` and refused with a hint to save it as `.xlsx`; text starting with `<` is ODK
    /// XForms when its first 4 KiB declare the XForms namespace, a LimeSurvey `.lss` when they hold
    /// `<LimeSurveyDocType>`, otherwise voc XML; a JSON object with
    /// `SurveyEntry` and `SurveyElements` at its top is a Qualtrics `.qsf`, one with `pages` or `elements`
    /// SurveyJS, any other JSON object voc JSON.
    public static func detect(_ data: Data, file: String) throws(ConversionError) -> InteropFormat {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ConversionError(file: file, "an .xls file (Excel 97-2003); save it as .xlsx")
        }
        if head.starts(with: [0x50, 0x4B]) {
            guard XLSXWorkbook.isWorkbook(data) else {
                throw ConversionError(
                    file: file, "a ZIP archive without xl/workbook.xml (truncated, or not an .xlsx workbook)")
            }
            return .xlsForm
        }
        var bytes = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        switch bytes.first {
        case UInt8(ascii: "<"):
            let head = Data(bytes.prefix(4096))
            if head.range(of: Data(xformsNamespace.utf8)) != nil { return .xforms }
            return head.range(of: Data("<LimeSurveyDocType>".utf8)) != nil ? .limeSurvey : .vocXML
        case UInt8(ascii: "{"):
            let keys = topLevelKeys(Data(bytes))
            if keys.contains("SurveyEntry") && keys.contains("SurveyElements") { return .qualtrics }
            return keys.contains("pages") || keys.contains("elements") ? .surveyJS : .vocJSON
        default:
            throw ConversionError(
                file: file, "cannot tell the format: not XML, JSON or an .xlsx workbook")
        }
    }

    /// The namespace of XForms elements (`model`, `bind`, `select1`, ...).
    static let xformsNamespace = "http://www.w3.org/2002/xforms"

    /// The top-level keys of the JSON object in `data`; empty when it is not a JSON object.
    private static func topLevelKeys(_ data: Data) -> Set<String> {
        guard case .object(let members)? = try? JSONParser.parse([UInt8](data)).kind else { return [] }
        return Set(members.map(\.key))
    }
}
