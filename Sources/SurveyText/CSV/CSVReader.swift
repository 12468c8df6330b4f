/// A fast reader for RFC 4180 CSV files with a header row, working on bytes.
///
/// The file is memory-mapped (see `CSVBytes`), so a file of 10^7 rows is never held as Swift strings. Three ways
/// to read it:
/// - `forEachRecord(_:)`: a callback per record with a borrowed `CSVRecord` view (no allocation per record);
/// - `makeRowIterator()`: `[String]` rows, convenient for importing responses row by row;
/// - `readColumns(_:)`: the columnar path, loading only the named columns as numbers or categorical codes.
///
/// Errors name `file:row:column` (see `CSVError`) and never quote cell contents. A record whose field count differs
/// from the header's is an error, and so is text that is not UTF-8 in the header or in a row read as strings
/// (`makeRowIterator()`); a byte-order mark at the start of the file is skipped.
public struct CSVReader: Sendable {
    /// The bytes being read.
    public let source: CSVBytes
    /// Field delimiter byte (default `,`).
    public let delimiter: UInt8
    /// Column names from the header row.
    public let header: [String]
    /// Cell texts treated as missing by the columnar path (the empty cell is always missing).
    public var missingMarkers: [String] = ["NA"]

    /// Opens and maps `path` and reads its header. Throws `CSVError` (io, missingHeader, duplicateColumn,
    /// invalidUTF8, ...), or `CSVErrors` when several header fields are wrong.
    public init(path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        try self.init(source: try CSVBytes(path: path), delimiter: delimiter)
    }

    /// Reads from an existing byte source.
    public init(source: CSVBytes, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        self.source = source
        self.delimiter = delimiter
        var tokenizer = CSVTokenizer(source: source, delimiter: delimiter)
        var fields: [CSVFieldRange] = []
        guard tokenizer.nextRecord(into: &fields) else {
            throw CSVError(file: source.name, row: 1, column: 0, kind: .missingHeader)
        }
        if let problem = tokenizer.problems.first { throw problem }
        var names: [String] = []
        var invalid: [CSVError] = []
        for (index, field) in fields.enumerated() {
            guard let name = tokenizer.validString(field) else {
                invalid.append(
                    CSVError(file: source.name, row: tokenizer.recordLine, column: index + 1, kind: .invalidUTF8))
                continue
            }
            names.append(name)
        }
        if invalid.count == 1 { throw invalid[0] }
        if invalid.count > 1 { throw CSVErrors(invalid) }
        var seen = Set<String>()
        var duplicates: [CSVError] = []
        for (index, name) in names.enumerated() where !seen.insert(name).inserted {
            duplicates.append(
                CSVError(
                    file: source.name, row: tokenizer.recordLine, column: index + 1,
                    kind: .duplicateColumn(name: name)))
        }
        if duplicates.count == 1 { throw duplicates[0] }
        if duplicates.count > 1 { throw CSVErrors(duplicates) }
        header = names
    }

    /// Index of the column called `name`, or nil.
    public func columnIndex(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// Calls `body` for each data record (the header excluded), in file order.
    ///
    /// The `CSVRecord` is only valid during the call. Stops at the first problem and throws it (a `CSVError`);
    /// use `readColumns` to collect all problems at once.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        var tokenizer = makeDataTokenizer()
        var fields: [CSVFieldRange] = []
        fields.reserveCapacity(header.count)
        while tokenizer.nextRecord(into: &fields) {
            if let problem = tokenizer.problems.first { throw problem }
            if fields.count != header.count {
                throw CSVError(
                    file: source.name, row: tokenizer.recordLine, column: min(fields.count, header.count) + 1,
                    kind: .wrongFieldCount(expected: header.count, found: fields.count))
            }
            try fields.withUnsafeBufferPointer { buffer in
                try body(
                    CSVRecord(
                        bytes: tokenizer.bytes, row: tokenizer.recordLine, start: tokenizer.recordStart,
                        end: tokenizer.recordEnd, fields: buffer))
            }
        }
    }

    /// An iterator over data rows as arrays of strings.
    public func makeRowIterator() -> CSVRowIterator {
        CSVRowIterator(tokenizer: makeDataTokenizer(), expectedCount: header.count)
    }

    /// A tokenizer positioned after the header row.
    func makeDataTokenizer() -> CSVTokenizer {
        var tokenizer = CSVTokenizer(source: source, delimiter: delimiter)
        var fields: [CSVFieldRange] = []
        _ = tokenizer.nextRecord(into: &fields)
        return tokenizer
    }
}
