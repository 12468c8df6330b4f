import SurveyModel

/// The columns and rows of an export, derived once from an `ExportDataset` and shared by every file format.
///
/// Column order: `respid`, `disposition`, `started` (ISO 8601, UTC), the survey's declared respondent attributes,
/// the survey variables in `Survey.variables` order, the why answers (probe, option, level) and the weight.
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

/// A column before its storage is known: what it is and where its values come from.
struct ColumnCandidate {
    enum Kind { case codes, number, text }

    var sourceName: String
    var label: String
    var source: ExportColumn.Source
    var kind: Kind
    var measure: VariableMeasure
    var valueLabels: [ValueLabel] = []
    var missingCodes: [String] = []
    var personal = false
    var questionID: String?
    /// Fixed display decimals for numbers (the weight); nil derives them from the data.
    var decimals: Int?

    /// Numeric when every code and value is a number (and the kind is not text), else a string. `numbers` are
    /// the values parsed as numbers (nil for text columns).
    func storage(for values: [String?], numbers: [Double?]?) -> ExportColumn.Storage {
        let present = values.compactMap { $0 }.filter { !$0.isEmpty }
        let codes = valueLabels.map(\.code) + missingCodes
        let allNumbers =
            numbers.map { numbers in
                zip(values, numbers).allSatisfy { value, number in value?.isEmpty ?? true || number != nil }
            } ?? false
        if kind != .text, allNumbers, codes.allSatisfy({ Double($0) != nil }) {
            return .numeric(decimals: decimals ?? present.map(Self.decimalPlaces).max() ?? 0)
        }
        let widest = (present + codes).map(\.utf8.count).max() ?? 1
        return .string(width: max(1, widest))
    }

    /// Digits after the decimal point in a number's text (at most 6).
    static func decimalPlaces(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: "."), !text.contains("e"), !text.contains("E") else { return 0 }
        return min(6, text.distance(from: dot, to: text.endIndex) - 1)
    }
}
