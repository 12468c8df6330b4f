public import SurveyModel

/// Maps byte offsets of one source file to 1-based line and column positions.
///
/// Columns count Unicode scalars from the start of the line (not bytes), so a CJK character or an accented
/// letter is one column. Built once per file in O(n); each lookup is a binary search over line starts plus a
/// scan of one line.
public struct SourceIndex: Sendable {
    /// The file name used in every `SourceLocation`.
    public let file: String
    /// The UTF-8 bytes of the source.
    let bytes: [UInt8]
    /// The byte offset of the first byte of each line.
    private let lineStarts: [Int]

    /// Indexes `source`, naming its locations `file`.
    public init(file: String, source: String) {
        self.init(file: file, bytes: Array(source.utf8))
    }

    init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        self.lineStarts = starts
    }

    /// The 1-based line number that contains byte `offset` (clamped to the file).
    func lineNumber(ofByte offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The byte offset where 1-based `line` starts, or nil when the line does not exist.
    func startOfLine(_ line: Int) -> Int? {
        line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : nil
    }

    /// The location of byte `offset` (clamped to the end of the file).
    public func location(ofByte offset: Int) -> SourceLocation {
        let offset = Swift.max(0, Swift.min(offset, bytes.count))
        let line = lineNumber(ofByte: offset)
        var column = 1
        var index = lineStarts[line - 1]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 && bytes[index] != 0x0D { column += 1 }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The location of a 1-based line and a 1-based byte column on it, as libxml2 reports them.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard let start = startOfLine(line) else {
            return location(ofByte: bytes.count)
        }
        return location(ofByte: start + Swift.max(0, byteColumn - 1))
    }
}

extension SourceIndex: CustomStringConvertible {
    public var description: String { "SourceIndex(\(file), \(bytes.count) bytes)" }
}
