internal import CReadStat
import Foundation

/// Reads SPSS system files (`.sav`, and `.zsav` with zlib compression) through ReadStat's parser: the dictionary
/// (variables, value labels, documents, the weight variable) first, then the cases one by one.
///
/// The parser is the only C resource; `read` creates and frees it. Nothing is printed and nothing aborts the
/// process: every failure ReadStat reports, and text that is not UTF-8, becomes a thrown `SAVReadError` or a
/// `.invalidText` cell.
enum SAVReader {
    /// One cell of a case.
    enum Value: Sendable, Hashable {
        /// A number; user-missing values (SPSS `MISSING VALUES`) are numbers too.
        case number(Double)
        case text(String)
        /// System-missing number or empty text.
        case empty
        /// Text that is not valid UTF-8.
        case invalidText
    }

    /// Reads `path`. `dictionary` is called once, before the first case (also when there is none); `row` once per
    /// case with its 1-based number and one value per dictionary variable. Either returns false to stop reading.
    /// - Throws: `SAVReadError` when the file cannot be opened or read, is not an SPSS system file, or ends early.
    static func read(
        path: String, dictionary: (SAVDictionary) -> Bool, row: (Int, [Value]) -> Bool
    ) throws(SAVReadError) {
        try withoutActuallyEscaping(dictionary) { dictionary throws(SAVReadError) in
            try withoutActuallyEscaping(row) { row throws(SAVReadError) in
                let context = SAVParseContext(onDictionary: dictionary, onRow: row)
                try parse(path: path, context: context)
            }
        }
    }

    private static func parse(path: String, context: SAVParseContext) throws(SAVReadError) {
        guard let parser = readstat_parser_init() else {
            throw SAVReadError(file: path, caseNumber: nil, message: "ReadStat could not allocate a parser")
        }
        defer { readstat_parser_free(parser) }
        readstat_set_metadata_handler(parser) { metadata, pointer in
            guard let metadata, let pointer else { return handlerAbort }
            let context = SAVParseContext.from(pointer)
            context.dictionary.caseCount = Int(readstat_get_row_count(metadata))
            return handlerOK
        }
        readstat_set_note_handler(parser) { _, note, pointer in
            guard let pointer else { return handlerAbort }
            if let note, let text = String(validatingCString: note) {
                SAVParseContext.from(pointer).dictionary.documents.append(text)
            }
            return handlerOK
        }
        readstat_set_variable_handler(parser) { _, variable, labels, pointer in
            guard let variable, let pointer else { return handlerAbort }
            let context = SAVParseContext.from(pointer)
            let name = readstat_variable_get_name(variable).flatMap { String(validatingCString: $0) } ?? ""
            let label = readstat_variable_get_label(variable).flatMap { String(validatingCString: $0) } ?? ""
            context.dictionary.variables.append(
                SAVDictionary.Variable(
                    name: name, label: label,
                    isNumeric: readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_NUMERIC,
                    labelSet: labels.flatMap { String(validatingCString: $0) }))
            return handlerOK
        }
        readstat_set_fweight_handler(parser) { variable, pointer in
            guard let variable, let pointer else { return handlerAbort }
            SAVParseContext.from(pointer).dictionary.weightIndex = Int(readstat_variable_get_index(variable))
            return handlerOK
        }
        readstat_set_value_label_handler(parser) { set, value, label, pointer in
            guard let pointer else { return handlerAbort }
            guard let set, let label, let setName = String(validatingCString: set),
                let text = String(validatingCString: label),
                readstat_value_type_class(value) == READSTAT_TYPE_CLASS_NUMERIC,
                !readstat_value_is_system_missing(value).isTrue
            else { return handlerOK }
            SAVParseContext.from(pointer).dictionary.valueLabels[setName, default: [:]][SAVReader.number(value)] = text
            return handlerOK
        }
        readstat_set_value_handler(parser) { caseIndex, variable, value, pointer in
            guard let variable, let pointer else { return handlerAbort }
            return SAVParseContext.from(pointer).take(
                caseIndex: Int(caseIndex), variable: Int(readstat_variable_get_index(variable)),
                value: SAVReader.value(value))
                ? handlerOK : handlerAbort
        }
        readstat_set_error_handler(parser) { message, pointer in
            guard let message, let pointer else { return }
            SAVParseContext.from(pointer).messages.append(String(cString: message))
        }
        let status = readstat_parse_sav(parser, path, Unmanaged.passUnretained(context).toOpaque())
        if context.stopped { return }
        guard status == READSTAT_OK else { throw error(status, context: context, path: path) }
        if !context.finish() { return }
        let expected = context.dictionary.caseCount
        if expected >= 0, context.casesRead < expected {
            throw SAVReadError(
                file: path, caseNumber: nil,
                message: "the file holds \(context.casesRead) of the \(expected) cases its header announces; it is "
                    + "truncated or damaged")
        }
    }

    /// The error of a parse that failed with `status`.
    private static func error(_ status: readstat_error_t, context: SAVParseContext, path: String) -> SAVReadError {
        var detail = String(cString: readstat_error_message(status))
        if let message = context.messages.last?.trimmingCharacters(in: .whitespacesAndNewlines), !message.isEmpty {
            detail += ": \(message)"
        }
        if context.dictionary.variables.isEmpty {
            return SAVReadError(
                file: path, caseNumber: nil,
                message: "not a readable SPSS system file: its dictionary is truncated or damaged (ReadStat: \(detail))"
            )
        }
        if status == READSTAT_ERROR_ROW_COUNT_MISMATCH {
            return SAVReadError(
                file: path, caseNumber: nil,
                message: "the file holds fewer cases than the \(context.dictionary.caseCount) its header announces; "
                    + "it is truncated or damaged (ReadStat: \(detail))")
        }
        let number = context.casesRead + 1
        return SAVReadError(
            file: path, caseNumber: number,
            message: "cannot read case \(number); the file is truncated or damaged (ReadStat: \(detail))")
    }

    /// A ReadStat value as a `Value` (numbers of every width as doubles).
    static func value(_ value: readstat_value_t) -> Value {
        if readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING {
            guard let pointer = readstat_string_value(value), pointer.pointee != 0 else { return .empty }
            return String(validatingCString: pointer).map(Value.text) ?? .invalidText
        }
        if readstat_value_is_system_missing(value).isTrue || readstat_value_is_tagged_missing(value).isTrue {
            return .empty
        }
        let number = number(value)
        return number.isNaN ? .empty : .number(number)
    }

    /// A numeric ReadStat value as a double.
    static func number(_ value: readstat_value_t) -> Double {
        switch readstat_value_type(value) {
        case READSTAT_TYPE_INT8: Double(readstat_int8_value(value))
        case READSTAT_TYPE_INT16: Double(readstat_int16_value(value))
        case READSTAT_TYPE_INT32: Double(readstat_int32_value(value))
        case READSTAT_TYPE_FLOAT: Double(readstat_float_value(value))
        default: readstat_double_value(value)
        }
    }
}

extension Int32 {
    /// A C truth value as a Bool.
    fileprivate var isTrue: Bool { self != 0 }
}

/// ReadStat's handler results, as the C callbacks return them.
private let handlerOK = Int32(READSTAT_HANDLER_OK)
private let handlerAbort = Int32(READSTAT_HANDLER_ABORT)
