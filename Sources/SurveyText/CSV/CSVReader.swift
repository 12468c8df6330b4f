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

/// A borrowed view of one record; valid only inside the `forEachRecord` callback.
public struct CSVRecord {
    let bytes: UnsafePointer<UInt8>
    /// 1-based line on which the record starts.
    public let row: Int
    let start: Int
    let end: Int
    let fields: UnsafeBufferPointer<CSVFieldRange>

    /// Number of fields.
    public var count: Int { fields.count }
    /// The record's raw bytes, line terminator excluded (for copying a record through unchanged).
    public var rawBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: bytes + start, count: end - start)
    }
    /// The text of field `index`, quotes removed and doubled quotes unescaped; invalid UTF-8 is repaired with
    /// U+FFFD here (rows read with `makeRowIterator()` refuse it instead).
    public subscript(index: Int) -> String { CSVTokenizer.string(fields[index], in: bytes) }
    /// The field's number value, or nil when it is empty or not a number.
    public func double(_ index: Int) -> Double? {
        let field = fields[index]
        return CSVNumberParser.parse(bytes, field.start, field.end)
    }
    /// True when the field is empty.
    public func isEmpty(_ index: Int) -> Bool { fields[index].start == fields[index].end }
}

/// One data row as strings.
public struct CSVRow: Sendable, Equatable {
    /// 1-based line on which the row starts.
    public let row: Int
    /// The fields, unquoted.
    public let fields: [String]
}

/// Iterates data rows; `next()` throws the first problem of a row (quoting, wrong field count, a field that is not
/// UTF-8) and `nextChecked()` gives all of them.
public struct CSVRowIterator {
    var tokenizer: CSVTokenizer
    let expectedCount: Int
    private var fields: [CSVFieldRange] = []
    private var reported = 0

    init(tokenizer: CSVTokenizer, expectedCount: Int) {
        self.tokenizer = tokenizer
        self.expectedCount = expectedCount
    }

    /// The next row, nil at the end. After a thrown error, iteration continues with the following record.
    public mutating func next() throws(CSVError) -> CSVRow? {
        switch nextChecked() {
        case nil: return nil
        case .success(let row): return row
        case .failure(let problems): throw problems.errors[0]
        }
    }

    /// The next record, nil at the end: its row, or every problem that keeps it from being read, in column order:
    /// the quoting problems, else a wrong field count, else each field that is not valid UTF-8 (checked while the
    /// field becomes a string, so the check costs no extra pass). Iteration continues with the following record.
    public mutating func nextChecked() -> Result<CSVRow, CSVErrors>? {
        guard tokenizer.nextRecord(into: &fields) else { return nil }
        if tokenizer.problems.count > reported {
            let problems = Array(tokenizer.problems[reported...])
            reported = tokenizer.problems.count
            return .failure(CSVErrors(problems))
        }
        if fields.count != expectedCount {
            return .failure(
                CSVErrors([
                    CSVError(
                        file: tokenizer.source.name, row: tokenizer.recordLine,
                        column: min(fields.count, expectedCount) + 1,
                        kind: .wrongFieldCount(expected: expectedCount, found: fields.count))
                ]))
        }
        var strings: [String] = []
        strings.reserveCapacity(fields.count)
        var invalid: [CSVError] = []
        for (index, field) in fields.enumerated() {
            if let text = tokenizer.validString(field) {
                strings.append(text)
            } else {
                invalid.append(
                    CSVError(
                        file: tokenizer.source.name, row: tokenizer.recordLine, column: index + 1, kind: .invalidUTF8))
            }
        }
        if !invalid.isEmpty { return .failure(CSVErrors(invalid)) }
        return .success(CSVRow(row: tokenizer.recordLine, fields: strings))
    }

    /// The next row that can be read, nil at the end; each row on the way that cannot be read is skipped, its
    /// problems passed to `problem` (how a reader that reports every bad row and goes on iterates).
    public mutating func next(reporting problem: (CSVError) -> Void) -> CSVRow? {
        while let result = nextChecked() {
            switch result {
            case .success(let row): return row
            case .failure(let problems): problems.errors.forEach(problem)
            }
        }
        return nil
    }
}
