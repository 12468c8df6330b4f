internal import CReadStat
public import Foundation
import SurveyModel
import SurveyAnalysis

/// Writes SPSS Statistics system files (`.sav`) through ReadStat's writer API.
///
/// Each `ExportColumn` becomes one variable: name, label (at most 255 bytes), measure level (nominal, ordinal,
/// scale), display format `F w.d` for numbers or `A w` for strings, a value-label set (shared by variables with
/// the same labels), and the `missingCodes` as discrete user-missing values (at most three, SPSS's limit).
/// Categorical variables whose codes are text are written with numeric codes 1, 2, 3, ... and their labels, the
/// original codes listed in the file's documents (`SPSSNumericCodes`), so every categorical variable has value
/// labels and "don't know" / "refused" stay user-missing. The weight column is also declared the file's weight
/// variable (SPSS `WEIGHT BY`). Rows are written with SPSS's bytecode compression.
///
/// The file is written to a temporary file beside `url` and moved into place only when complete, so a failed
/// export never leaves a truncated file or replaces an existing one.
public enum SPSSWriter {
    /// The longest variable label SPSS keeps, in bytes.
    static let maximumLabelBytes = 255
    /// The longest value label SPSS keeps, in bytes.
    static let maximumValueLabelBytes = 120
    /// The longest string variable, in bytes.
    static let maximumStringWidth = 32767

    /// Writes `dataset` (see `ExportLayout` for the columns) to `url`.
    /// - Throws: `ExportError` when ReadStat rejects the metadata or the file cannot be written.
    public static func write(_ dataset: ExportDataset, to url: URL) throws(ExportError) {
        let survey = dataset.survey
        var notes = ["Exported by voc from survey \(survey.id) version \(survey.version)."]
        notes.append(
            "Don't know = \(survey.specialCodes.dontKnow), refused = \(survey.specialCodes.refused) (user-missing).")
        if let weight = dataset.weight {
            notes.append("Weight set: \(weight.name).")
            if let note = weight.replicatesNote, weight.replicateCount > 0 {
                notes += wrapped(
                    "Replicate weights \(weight.columnName)_r1 to \(weight.columnName)_r\(weight.replicateCount): "
                        + note + ".")
            }
        }
        try write(ExportLayout(dataset: dataset), fileLabel: survey.title.text, notes: notes, to: url)
    }

    /// `text` cut at spaces into document lines of at most `width` bytes (a longer word gets a line of its own,
    /// truncated when written).
    static func wrapped(_ text: String, width: Int = 80) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.utf8.count + 1 + word.utf8.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Writes `layout` to `url` with a file label (at most 64 bytes kept) and document notes (80 bytes each),
    /// categorical text codes recoded to numbers (`SPSSNumericCodes`, whose lines follow the notes).
    /// - Throws: `ExportError` when ReadStat rejects the metadata or the file cannot be written.
    public static func write(
        _ layout: ExportLayout, fileLabel: String, notes: [String] = [], to url: URL
    )
        throws(ExportError)
    {
        let coded = SPSSNumericCodes(layout)
        let layout = coded.layout
        let notes = notes + coded.documents
        let sink = try FileSink(destination: url)
        defer { sink.discard() }
        guard let writer = readstat_writer_init() else {
            throw ExportError(code: "readstat", "ReadStat could not allocate a writer")
        }
        defer { readstat_writer_free(writer) }
        readstat_set_data_writer(writer) { data, length, context in
            guard let context, let data else { return -1 }
            return Unmanaged<FileSink>.fromOpaque(context).takeUnretainedValue().write(data, length)
        }
        readstat_writer_set_error_handler(writer) { message, context in
            guard let context, let message else { return }
            Unmanaged<FileSink>.fromOpaque(context).takeUnretainedValue().messages.append(String(cString: message))
        }
        try check(readstat_writer_set_compression(writer, READSTAT_COMPRESS_ROWS), sink, "setting compression")
        try check(readstat_writer_set_file_label(writer, fileLabel.truncated(toUTF8Bytes: 64)), sink, "file label")
        for note in notes { readstat_add_note(writer, note.truncated(toUTF8Bytes: 80)) }

        // ReadStat keeps the pointers to string missing values (it does not copy them) until the file is
        // written, so they are allocated here and freed after `readstat_end_writing`.
        var retained: [UnsafeMutablePointer<CChar>] = []
        defer { retained.forEach { free($0) } }
        let variables = try declare(layout.columns, in: writer, sink: sink, retaining: &retained)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        try check(readstat_begin_writing_sav(writer, context, layout.rows.count), sink, "starting the file")
        try check(readstat_validate_metadata(writer), sink, "file metadata")
        for (column, variable) in zip(layout.columns, variables) {
            try check(readstat_validate_variable(writer, variable), sink, "variable \(column.name)")
        }
        for (index, row) in layout.rows.enumerated() {
            try check(readstat_begin_row(writer), sink, "row \(index + 1)")
            for (column, (value, variable)) in zip(layout.columns, zip(row, variables)) {
                try check(
                    insert(value, column: column, variable: variable, writer: writer), sink,
                    "row \(index + 1), variable \(column.name)")
            }
            try check(readstat_end_row(writer), sink, "row \(index + 1)")
        }
        try check(readstat_end_writing(writer), sink, "finishing the file")
        try sink.commit()
    }

    /// Adds every column as a ReadStat variable with its label, format, measure, labels and missing values.
    private static func declare(
        _ columns: [ExportColumn], in writer: UnsafeMutablePointer<readstat_writer_t>, sink: FileSink,
        retaining retained: inout [UnsafeMutablePointer<CChar>]
    ) throws(ExportError) -> [UnsafeMutablePointer<readstat_variable_t>] {
        var labelSets: [LabelSetKey: UnsafeMutablePointer<readstat_label_set_t>] = [:]
        var variables: [UnsafeMutablePointer<readstat_variable_t>] = []
        for column in columns {
            let type: readstat_type_t
            let width: Int
            switch column.storage {
            case .numeric: (type, width) = (READSTAT_TYPE_DOUBLE, 0)
            case .string(let w): (type, width) = (READSTAT_TYPE_STRING, min(w, maximumStringWidth))
            }
            guard let variable = readstat_add_variable(writer, column.name, type, width) else {
                throw ExportError(code: "readstat", "ReadStat could not add variable \(column.name)")
            }
            readstat_variable_set_label(variable, column.label.truncated(toUTF8Bytes: maximumLabelBytes))
            readstat_variable_set_measure(variable, measure(of: column))
            switch column.storage {
            case .numeric(let decimals):
                readstat_variable_set_format(variable, "F\(max(8, decimals + 6)).\(decimals)")
                readstat_variable_set_alignment(variable, READSTAT_ALIGNMENT_RIGHT)
                readstat_variable_set_display_width(variable, Int32(max(8, decimals + 6)))
            case .string(let w):
                readstat_variable_set_alignment(variable, READSTAT_ALIGNMENT_LEFT)
                readstat_variable_set_display_width(variable, Int32(min(max(w, 8), 50)))
            }
            let labelsAllowed = column.storage.isNumeric || width <= 8
            if !column.valueLabels.isEmpty, labelsAllowed {
                let key = LabelSetKey(numeric: column.storage.isNumeric, labels: column.valueLabels)
                let set = labelSets[key] ?? makeLabelSet(key, index: labelSets.count, writer: writer)
                labelSets[key] = set
                readstat_variable_set_label_set(variable, set)
            }
            for code in column.missingCodes.prefix(3) {
                let status: readstat_error_t
                if column.storage.isNumeric {
                    guard let number = Double(code) else { continue }
                    status = readstat_variable_add_missing_double_value(variable, number)
                } else {
                    guard let copy = strdup(code) else { continue }
                    retained.append(copy)
                    status = readstat_variable_add_missing_string_value(variable, copy)
                }
                try check(status, sink, "missing values of \(column.name)")
            }
            variables.append(variable)
            if case .weight = column.source, column.storage.isNumeric {
                try check(readstat_writer_set_fweight_variable(writer, variable), sink, "weight \(column.name)")
            }
        }
        return variables
    }

    private static func makeLabelSet(
        _ key: LabelSetKey, index: Int, writer: UnsafeMutablePointer<readstat_writer_t>
    ) -> UnsafeMutablePointer<readstat_label_set_t>? {
        let type = key.numeric ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_STRING
        guard let set = readstat_add_label_set(writer, type, "labels\(index + 1)") else { return nil }
        for label in key.labels {
            let text = label.label.truncated(toUTF8Bytes: maximumValueLabelBytes)
            if key.numeric {
                guard let value = Double(label.code) else { continue }
                readstat_label_double_value(set, value, text)
            } else {
                readstat_label_string_value(set, label.code, text)
            }
        }
        return set
    }

    private static func insert(
        _ value: ExportValue?, column: ExportColumn, variable: UnsafeMutablePointer<readstat_variable_t>,
        writer: UnsafeMutablePointer<readstat_writer_t>
    ) -> readstat_error_t {
        switch (value, column.storage) {
        case (.number(let number), _): return readstat_insert_double_value(writer, variable, number)
        case (.text(let text), .string(let width)):
            return readstat_insert_string_value(
                writer, variable, text.truncated(toUTF8Bytes: min(width, maximumStringWidth)))
        case (.text, .numeric), (nil, _): return readstat_insert_missing_value(writer, variable)
        }
    }

    private static func measure(of column: ExportColumn) -> readstat_measure_t {
        switch column.measure {
        case .ordinal: READSTAT_MEASURE_ORDINAL
        case .scale: column.storage.isNumeric ? READSTAT_MEASURE_SCALE : READSTAT_MEASURE_NOMINAL
        case .nominal, .binary, .text, .date: READSTAT_MEASURE_NOMINAL
        }
    }

    private static func check(_ status: readstat_error_t, _ sink: FileSink, _ what: String) throws(ExportError) {
        guard status != READSTAT_OK else { return }
        var message =
            "cannot write \(sink.destination.path): \(what): \(String(cString: readstat_error_message(status)))"
        if let detail = sink.messages.last { message += " (\(detail.trimmingCharacters(in: .whitespacesAndNewlines)))" }
        throw ExportError(code: "readstat", message)
    }
}

/// Identifies a value-label set so identical sets are written once.
private struct LabelSetKey: Hashable {
    var numeric: Bool
    var labels: [ValueLabel]
}
