/// A byte-level RFC 4180 tokenizer: splits a buffer into records of field ranges without allocating per record.
///
/// Rules: fields are separated by `delimiter`; records end at LF or CRLF (a lone CR also ends a record); a field
/// that starts with `"` is quoted and may contain delimiters, line breaks and doubled quotes; a quote inside an
/// unquoted field is kept as a literal character (lenient, as most spreadsheet exports expect). Blank lines are
/// skipped. A UTF-8 byte-order mark at the start is skipped. Problems that do not stop tokenizing (text after a
/// closing quote) are appended to `problems`; an unterminated quote ends the input with a problem recorded.
struct CSVTokenizer {
    let source: CSVBytes
    let bytes: UnsafePointer<UInt8>
    let count: Int
    let delimiter: UInt8
    /// Next byte to read.
    private(set) var position: Int = 0
    /// 1-based line number of `position`.
    private(set) var line: Int = 1
    /// Line on which the most recent record started.
    private(set) var recordLine: Int = 0
    /// Byte range of the most recent record, line terminator excluded.
    private(set) var recordStart: Int = 0
    private(set) var recordEnd: Int = 0
    /// Non-fatal and fatal problems, in order of discovery.
    var problems: [CSVError] = []

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(source: CSVBytes, delimiter: UInt8) {
        self.source = source
        self.delimiter = delimiter
        bytes = source.base.assumingMemoryBound(to: UInt8.self)
        count = source.count
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
    }

    /// Reads the next record's fields into `fields` (cleared first). Returns false at the end of input.
    mutating func nextRecord(into fields: inout [CSVFieldRange]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        // Skip blank lines.
        while position < count {
            let byte = bytes[position]
            if byte == CSVTokenizer.newline {
                position += 1
                line += 1
            } else if byte == CSVTokenizer.carriageReturn {
                position += 1
                if position < count && bytes[position] == CSVTokenizer.newline { position += 1 }
                line += 1
            } else {
                break
            }
        }
        if position >= count { return false }
        recordLine = line
        recordStart = position
        while true {
            if position < count && bytes[position] == CSVTokenizer.quote {
                readQuotedField(into: &fields)
            } else {
                let start = position
                skipToFieldEnd()
                fields.append(CSVFieldRange(start: start, end: position, isQuoted: false, hasEscapedQuotes: false))
            }
            if position >= count {
                recordEnd = count
                return true
            }
            let byte = bytes[position]
            if byte == delimiter {
                position += 1
                continue
            }
            recordEnd = position
            position += 1
            if byte == CSVTokenizer.carriageReturn && position < count && bytes[position] == CSVTokenizer.newline {
                position += 1
            }
            line += 1
            return true
        }
    }

    private mutating func readQuotedField(into fields: inout [CSVFieldRange]) {
        position += 1
        let start = position
        var escaped = false
        while true {
            if position >= count {
                problems.append(
                    CSVError(
                        file: source.name, row: recordLine, column: fields.count + 1,
                        kind: .unterminatedQuote))
                fields.append(CSVFieldRange(start: start, end: count, isQuoted: true, hasEscapedQuotes: escaped))
                return
            }
            let byte = bytes[position]
            if byte == CSVTokenizer.quote {
                if position + 1 < count && bytes[position + 1] == CSVTokenizer.quote {
                    escaped = true
                    position += 2
                    continue
                }
                break
            }
            if byte == CSVTokenizer.newline { line += 1 }
            position += 1
        }
        let end = position
        position += 1
        if position < count {
            let next = bytes[position]
            if next != delimiter && next != CSVTokenizer.newline && next != CSVTokenizer.carriageReturn {
                problems.append(
                    CSVError(
                        file: source.name, row: recordLine, column: fields.count + 1,
                        kind: .textAfterClosingQuote))
                skipToFieldEnd()
            }
        }
        fields.append(CSVFieldRange(start: start, end: end, isQuoted: true, hasEscapedQuotes: escaped))
    }

    /// Moves `position` to the delimiter or line break that ends the current field (or to the end of the bytes).
    /// Inlined: it is the loop over every byte of every unquoted field.
    @inline(__always)
    private mutating func skipToFieldEnd() {
        while position < count {
            let byte = bytes[position]
            if byte == delimiter || byte == CSVTokenizer.newline || byte == CSVTokenizer.carriageReturn { return }
            position += 1
        }
    }

    /// The field's text, with doubled quotes unescaped; nil when its bytes are not valid UTF-8. One pass over the
    /// bytes, the one that copies them into the string anyway.
    func validString(_ field: CSVFieldRange) -> String? {
        let buffer = UnsafeBufferPointer(start: bytes + field.start, count: field.end - field.start)
        if !field.hasEscapedQuotes { return String(validating: buffer, as: UTF8.self) }
        return String(validating: CSVTokenizer.unescaped(buffer), as: UTF8.self)
    }

    /// The text of `field` within `bytes`, with doubled quotes unescaped. Invalid UTF-8 is repaired with U+FFFD
    /// (use `validString(_:)` where text must not be altered).
    static func string(_ field: CSVFieldRange, in bytes: UnsafePointer<UInt8>) -> String {
        let buffer = UnsafeBufferPointer(start: bytes + field.start, count: field.end - field.start)
        if !field.hasEscapedQuotes { return String(decoding: buffer, as: UTF8.self) }
        return String(decoding: unescaped(buffer), as: UTF8.self)
    }

    /// The bytes of a quoted field's content with each doubled quote made one.
    private static func unescaped(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(buffer.count)
        var index = 0
        while index < buffer.count {
            let byte = buffer[index]
            unescaped.append(byte)
            index += (byte == CSVTokenizer.quote && index + 1 < buffer.count && buffer[index + 1] == byte) ? 2 : 1
        }
        return unescaped
    }
}
