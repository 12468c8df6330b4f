import Foundation
import SurveyText

/// The CSV response exports of other survey tools that `voc import` reads, told apart by their content (never by
/// the file's name):
///
/// - `qualtrics`: a Qualtrics export (three header rows: the column names, the question texts, and
///   `{"ImportId":"QID1"}` objects); the third row is the signature.
/// - `limeSurvey`: a LimeSurvey response export with question codes as headings (`id`, `submitdate`, `lastpage`,
///   `startlanguage`, then `Q1`, `Q2[SQ001]`, ...).
/// - `openDataKit`: the CSV export of an XLSForm/XForms tool, KoboToolbox (`_uuid`, `_submission_time`,
///   `group/question`) or ODK Central (`SubmissionDate`, `KEY`, `meta-instanceID`, `group-question`).
///
/// Fields may be separated by commas, semicolons (KoboToolbox's default) or tabs.
enum ForeignCSVDialect: String, Sendable, Hashable, CaseIterable {
    case qualtrics
    case limeSurvey
    case openDataKit

    /// The tool's name as messages and the README give it.
    var toolName: String {
        switch self {
        case .qualtrics: "Qualtrics"
        case .limeSurvey: "LimeSurvey"
        case .openDataKit: "KoboToolbox/ODK"
        }
    }

    /// The dialect of the CSV file at `path` and its field delimiter; nil when the file is none of them (or cannot
    /// be read as CSV: the voc CSV path then reports why).
    static func detect(path: String) -> (dialect: ForeignCSVDialect, delimiter: UInt8)? {
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
            guard let reader = try? CSVReader(path: path, delimiter: delimiter), reader.header.count > 1 else {
                continue
            }
            if let dialect = dialect(header: reader.header, reader: reader) { return (dialect, delimiter) }
        }
        return nil
    }

    /// The dialect a header (and, for Qualtrics, the two rows below it) shows.
    private static func dialect(header: [String], reader: CSVReader) -> ForeignCSVDialect? {
        let names = Set(header)
        if names.contains("response_id") { return nil }
        if names.isSuperset(of: ["id", "submitdate"]), names.contains("lastpage") || names.contains("startlanguage") {
            return .limeSurvey
        }
        if !names.isDisjoint(with: ["_uuid", "_submission_time", "meta/instanceID", "meta-instanceID"])
            || names.isSuperset(of: ["SubmissionDate", "KEY"])
        {
            return .openDataKit
        }
        var rows = reader.makeRowIterator()
        _ = rows.nextChecked()
        if case .success(let importIDs)? = rows.nextChecked(),
            importIDs.fields.contains(where: { QualtricsImportID(cell: $0)?.isQuestion == true })
        {
            return .qualtrics
        }
        return nil
    }
}
