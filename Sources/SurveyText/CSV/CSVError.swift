/// A problem found while reading a CSV file, located by file, row and column.
///
/// `row` is the 1-based physical line of the file on which the record starts (the header is row 1 when the file
/// has no embedded line breaks before it); `column` is the 1-based field number within the record. Messages never
/// contain cell contents, so they are safe to print for files holding personal data.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// A quoted field is still open at the end of the file.
        case unterminatedQuote
        /// A closing quote is followed by something other than a delimiter or a line break.
        case textAfterClosingQuote
        /// The record has `found` fields where the header has `expected`.
        case wrongFieldCount(expected: Int, found: Int)
        /// The file has no header row.
        case missingHeader
        /// Two header fields have the same name.
        case duplicateColumn(name: String)
        /// A requested column is not in the header.
        case unknownColumn(name: String)
        /// A cell of a numeric column is neither a number nor a missing-value marker.
        case notANumber(columnName: String)
        /// A field read as text (a header name, a cell of a row) holds bytes that are not UTF-8, such as a file
        /// saved in Latin-1 or UTF-16. Such text is refused rather than stored with replacement characters.
        case invalidUTF8
        /// The file could not be opened or read (`detail` is the system's message).
        case io(detail: String)
    }

    /// The file name as given by the caller (or a label such as `<memory>`).
    public let file: String
    /// 1-based line on which the offending record starts; 0 when not tied to a row.
    public let row: Int
    /// 1-based field number; 0 when not tied to a column.
    public let column: Int
    /// The kind of problem.
    public let kind: Kind

    public init(file: String, row: Int, column: Int, kind: Kind) {
        self.file = file
        self.row = row
        self.column = column
        self.kind = kind
    }

    public var description: String {
        let place = row > 0 ? "\(file):\(row):\(column)" : file
        switch kind {
        case .unterminatedQuote: return "\(place): unterminated quoted field"
        case .textAfterClosingQuote: return "\(place): unexpected character after closing quote"
        case .wrongFieldCount(let expected, let found):
            return "\(place): expected \(expected) fields, found \(found)"
        case .missingHeader: return "\(place): the file has no header row"
        case .duplicateColumn(let name): return "\(place): duplicate column name '\(name)'"
        case .unknownColumn(let name): return "\(place): no column named '\(name)'"
        case .notANumber(let name): return "\(place): column '\(name)' has a value that is not a number"
        case .invalidUTF8: return "\(place): invalid UTF-8 in the field (the file must be saved as UTF-8)"
        case .io(let detail): return "\(place): \(detail)"
        }
    }
}
