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
