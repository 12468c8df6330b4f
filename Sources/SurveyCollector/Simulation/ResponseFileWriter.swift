import Foundation
public import SurveyModel
import SurveyStore
import SurveyText

/// Writes responses to files in the layout `voc export` uses and `voc import` reads back:
///
/// - CSV: the fixed columns (`ResponseColumns.fixed`), one column per respondent attribute (sorted), then one per
///   survey variable (`Survey.variables`); the why answers go to `FILE.why.csv` (`ResponseColumns.why`), one row
///   per ladder step with text.
/// - JSON Lines: one `ResponseJSON` object per response (as `voc export --format jsonl` writes).
public enum ResponseFileWriter {
    /// One response with what the file needs besides the `Response`.
    public struct Row: Sendable {
        public var response: Response
        public var respondent: Respondent
        public var mode: String?

        public init(response: Response, respondent: Respondent, mode: String? = nil) {
            self.response = response
            self.respondent = respondent
            self.mode = mode
        }
    }

    /// Writes `rows` as CSV to `path` (and the why table beside it).
    /// - Throws: file errors from the CSV writer.
    public static func writeCSV(_ rows: [Row], survey: Survey, to path: String) throws {
        let attributes = Set(rows.flatMap(\.respondent.attributes.keys)).sorted()
        let variables = survey.variables.map(\.name)
        let writer = try CSVWriter(path: path)
        try writer.writeRow(ResponseColumns.fixed + attributes + variables)
        for row in rows {
            let cells = survey.cells(for: row.response)
            try writer.writeRow(
                fixed(row) + attributes.map { row.respondent.attributes[$0] ?? "" } + variables.map { cells[$0] ?? "" })
        }
        try writer.close()
        let why = try CSVWriter(path: whyPath(for: path))
        try why.writeRow(ResponseColumns.why)
        for row in rows {
            for step in row.response.ladder where !step.text.isEmpty {
                try why.writeRow([
                    row.response.id, row.response.respondentID, step.probeID, step.questionID, step.optionCode ?? "",
                    String(step.depth), step.text,
                ])
            }
        }
        try why.close()
    }

    /// The why-table path beside a CSV file: `data.csv` → `data.why.csv`.
    public static func whyPath(for path: String) -> String {
        path.hasSuffix(".csv") ? String(path.dropLast(4)) + ".why.csv" : path + ".why.csv"
    }

    /// Writes `rows` as JSON Lines to `path`.
    /// - Throws: file errors.
    public static func writeJSONLines(_ rows: [Row], to path: String) throws {
        var text = ""
        for row in rows {
            let response = row.response
            let stored = StoredResponse(
                response: response, mode: row.mode,
                completedAt: response.status == .complete ? response.updatedAt : nil)
            text += ResponseJSON.object(stored, attributes: row.respondent.attributes) + "\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private static func fixed(_ row: Row) -> [String] {
        let response = row.response
        return [
            response.id, response.respondentID, response.status.rawValue, response.disposition.rawValue,
            response.surveyVersion.description, response.startedAt.map(Timestamp.format) ?? "",
            Timestamp.format(response.updatedAt),
            response.status == .complete ? Timestamp.format(response.updatedAt) : "", "", row.mode ?? "",
        ]
    }
}
