import SurveyModel

/// The columns and rows of an export, derived once from an `ExportDataset` and shared by every file format.
///
/// Column order: the fixed columns of the CSV export with their names and texts (`ResponseColumns.fixed`:
/// `response_id`, `respondent_id`, `status`, `disposition`, `survey_version`, `started_at`, `updated_at`,
/// `completed_at` (times as UTC `YYYY-MM-DDTHH:MM:SS.sssZ`), `interviewer`, `mode`), the survey's declared
/// respondent attributes, the survey variables in `Survey.variables` order, the why answers (probe, option, level)
/// and the weight.
/// Personal columns are left out unless `ExportOptions.includePersonal` is set.
///
/// Storage is decided from the definition and the data: a coded variable is numeric when every code (value
/// labels, special codes and values seen) is a number, otherwise a string; text is a string as wide as its
/// longest value in UTF-8 bytes. "Don't know" and "refused" keep the survey's special codes and are listed in
/// `ExportColumn.missingCodes` with value labels "Don't know" and "Refused".
public struct ExportLayout: Sendable {
    public var columns: [ExportColumn]
    /// One row per response, in dataset order; `rows[r][c]` is the value of `columns[c]`, nil when empty.
    public var rows: [[ExportValue?]]

    public init(columns: [ExportColumn], rows: [[ExportValue?]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Builds the layout of `dataset` (see the type's description).
    public init(dataset: ExportDataset) {
        let candidates = ColumnCandidate.all(for: dataset)
        let raw = RawCells(dataset: dataset)
        var names = ExportName()
        var columns: [ExportColumn] = []
        var rows = Array(repeating: [ExportValue?](), count: dataset.responses.count)
        for row in rows.indices { rows[row].reserveCapacity(candidates.count) }
        for candidate in candidates {
            let values = raw.column(candidate.source)
            let numbers = candidate.kind == .text ? nil : values.map { $0.flatMap(Double.init) }
            let storage = candidate.storage(for: values, numbers: numbers)
            columns.append(
                ExportColumn(
                    name: names.unique(for: candidate.sourceName), sourceName: candidate.sourceName,
                    label: candidate.label, source: candidate.source, storage: storage, measure: candidate.measure,
                    valueLabels: candidate.valueLabels, missingCodes: candidate.missingCodes,
                    personal: candidate.personal, questionID: candidate.questionID))
            if storage.isNumeric, let numbers {
                for (row, number) in numbers.enumerated() { rows[row].append(number.map(ExportValue.number)) }
            } else {
                for (row, value) in values.enumerated() { rows[row].append(Self.convert(value, storage: storage)) }
            }
        }
        self.init(columns: columns, rows: rows)
    }

    /// The index of the column named `name` in the file, if any.
    public func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }

    static func convert(_ raw: String?, storage: ExportColumn.Storage) -> ExportValue? {
        guard let raw, !raw.isEmpty else { return nil }
        switch storage {
        case .numeric: return Double(raw).map(ExportValue.number)
        case .string: return .text(raw)
        }
    }
}
