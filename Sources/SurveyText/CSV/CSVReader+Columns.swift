#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CSVReader {
    /// Loads only the requested columns, in one pass over the file (two when an `automatic` column turns out
    /// to hold text).
    ///
    /// Missing values are the empty cell and the `missingMarkers` (default `NA`), quoted or not: NaN in numeric
    /// columns, code -1 in categorical ones. Categorical levels are sorted by their text (as R's `factor`).
    /// All problems (unknown columns, wrong field counts, quoting, non-numbers in `numeric` columns) are collected,
    /// up to `maxErrors`, and thrown together as `CSVErrors`.
    public func readColumns(_ requests: [CSVColumnRequest], maxErrors: Int = 50) throws -> CSVColumnTable {
        var errors: [CSVError] = []
        var indices: [Int] = []
        for request in requests {
            if let index = columnIndex(request.name) {
                indices.append(index)
            } else {
                errors.append(CSVError(file: source.name, row: 1, column: 0, kind: .unknownColumn(name: request.name)))
            }
        }
        if !errors.isEmpty { throw CSVErrors(errors) }
        var kinds = requests.map(\.kind)
        var pass = try loadPass(indices: indices, kinds: kinds, names: requests.map(\.name), maxErrors: maxErrors)
        if !pass.flipped.isEmpty {
            for column in pass.flipped { kinds[column] = .categorical }
            pass = try loadPass(indices: indices, kinds: kinds, names: requests.map(\.name), maxErrors: maxErrors)
        }
        return CSVColumnTable(rowCount: pass.rowCount, names: requests.map(\.name), columns: pass.columns)
    }

    private struct PassResult {
        var rowCount: Int
        var columns: [CSVColumnData]
        var flipped: [Int]
    }

    private func loadPass(
        indices: [Int], kinds: [CSVColumnKind], names: [String], maxErrors: Int
    ) throws
        -> PassResult
    {
        let markers = MissingMatcher(missingMarkers)
        let columnCount = indices.count
        // Rows are at most the number of line breaks + 1, so buffers are allocated once and written by index.
        var capacity = countLineBreaks() + 1
        var numbers = (0..<columnCount).map { column in
            kinds[column] == .categorical
                ? UnsafeMutablePointer<Double>.allocate(capacity: 1)
                : UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        }
        var codes = (0..<columnCount).map { column in
            kinds[column] == .categorical
                ? UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
                : UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        }
        defer {
            for pointer in numbers { pointer.deallocate() }
            for pointer in codes { pointer.deallocate() }
        }
        let isCategorical = kinds.map { $0 == .categorical }
        let isAutomatic = kinds.map { $0 == .automatic }
        var interners: [CSVByteInterner] = Array(repeating: CSVByteInterner(), count: columnCount)
        var flipped = Array(repeating: false, count: columnCount)
        var errors: [CSVError] = []
        var truncated = false
        var tokenizer = makeDataTokenizer()
        let expected = header.count
        var fields: [CSVFieldRange] = []
        fields.reserveCapacity(expected)
        var scratch: [UInt8] = []
        var rowCount = 0
        let bytes = tokenizer.bytes

        func record(_ error: CSVError) {
            if errors.count < maxErrors { errors.append(error) } else { truncated = true }
        }

        while tokenizer.nextRecord(into: &fields) {
            if !tokenizer.problems.isEmpty {
                for problem in tokenizer.problems { record(problem) }
                tokenizer.problems.removeAll()
            }
            if fields.count != expected {
                record(
                    CSVError(
                        file: source.name, row: tokenizer.recordLine, column: min(fields.count, expected) + 1,
                        kind: .wrongFieldCount(expected: expected, found: fields.count)))
                continue
            }
            let row = rowCount
            rowCount += 1
            if row == capacity {
                // Only reachable with unusual line breaks (lone CRs mixed with LFs): grow the buffers.
                let larger = capacity * 2
                for column in 0..<columnCount where isCategorical[column] {
                    let grown = UnsafeMutablePointer<Int32>.allocate(capacity: larger)
                    grown.update(from: codes[column], count: capacity)
                    codes[column].deallocate()
                    codes[column] = grown
                }
                for column in 0..<columnCount where !isCategorical[column] {
                    let grown = UnsafeMutablePointer<Double>.allocate(capacity: larger)
                    grown.update(from: numbers[column], count: capacity)
                    numbers[column].deallocate()
                    numbers[column] = grown
                }
                capacity = larger
            }
            for column in 0..<columnCount {
                let field = fields[indices[column]]
                let missing = markers.matches(bytes, field)
                if isCategorical[column] {
                    if missing {
                        codes[column][row] = -1
                    } else if field.hasEscapedQuotes {
                        Self.unescape(bytes, field, into: &scratch)
                        codes[column][row] = scratch.withUnsafeBufferPointer { interners[column].code(for: $0) }
                    } else {
                        let buffer = UnsafeBufferPointer(start: bytes + field.start, count: field.end - field.start)
                        codes[column][row] = interners[column].code(for: buffer)
                    }
                } else if missing {
                    numbers[column][row] = .nan
                } else if let value = CSVNumberParser.parse(bytes, field.start, field.end) {
                    numbers[column][row] = value
                } else {
                    numbers[column][row] = .nan
                    if isAutomatic[column] {
                        flipped[column] = true
                    } else {
                        record(
                            CSVError(
                                file: source.name, row: tokenizer.recordLine, column: indices[column] + 1,
                                kind: .notANumber(columnName: names[column])))
                    }
                }
            }
        }
        if !errors.isEmpty { throw CSVErrors(errors, truncated: truncated) }
        var columns: [CSVColumnData] = []
        columns.reserveCapacity(indices.count)
        for column in 0..<indices.count {
            if isCategorical[column] {
                columns.append(
                    Self.sortedCategorical(
                        codes: Array(
                            UnsafeBufferPointer(
                                start: codes[column],
                                count: rowCount)),
                        interner: interners[column]))
            } else {
                columns.append(.numeric(Array(UnsafeBufferPointer(start: numbers[column], count: rowCount))))
            }
        }
        return PassResult(
            rowCount: rowCount, columns: columns,
            flipped: flipped.indices.filter { flipped[$0] })
    }

    /// Number of LF bytes in the source: with LF or CRLF line breaks, an upper bound on the data rows.
    func countLineBreaks() -> Int {
        source.withUnsafeBytes { buffer in
            var count = 0
            var index = 0
            let total = buffer.count
            guard let base = buffer.baseAddress else { return 0 }
            while index < total {
                guard let found = memchr(base + index, 0x0A, total - index) else { break }
                count += 1
                index = base.distance(to: UnsafeRawPointer(found)) + 1
            }
            return count
        }
    }

    private static func unescape(_ bytes: UnsafePointer<UInt8>, _ field: CSVFieldRange, into scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        var index = field.start
        while index < field.end {
            let byte = bytes[index]
            scratch.append(byte)
            index += (byte == UInt8(ascii: "\"") && index + 1 < field.end && bytes[index + 1] == byte) ? 2 : 1
        }
    }

    /// Relabels codes so that levels are in sorted order.
    private static func sortedCategorical(codes: [Int32], interner: CSVByteInterner) -> CSVColumnData {
        let labels = (0..<interner.count).map { interner.string($0) }
        let order = labels.indices.sorted { labels[$0] < labels[$1] }
        var newCode = [Int32](repeating: 0, count: labels.count)
        for (rank, old) in order.enumerated() { newCode[old] = Int32(rank) }
        var relabeled = codes
        relabeled.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices where buffer[index] >= 0 { buffer[index] = newCode[Int(buffer[index])] }
        }
        return .categorical(codes: relabeled, levels: order.map { labels[$0] })
    }
}

/// Recognises missing-value cells: the empty cell, or one of the markers. Markers of up to 8 bytes are compared as
/// packed integers (no per-cell allocation or array traversal).
struct MissingMatcher {
    private var packed: [UInt64] = []
    private var lengths: [Int] = []
    private var long: [[UInt8]] = []

    init(_ markers: [String]) {
        for marker in markers {
            let bytes = Array(marker.utf8)
            if bytes.isEmpty { continue }
            if bytes.count <= 8 {
                var value: UInt64 = 0
                for (index, byte) in bytes.enumerated() { value |= UInt64(byte) << (UInt64(index) * 8) }
                packed.append(value)
                lengths.append(bytes.count)
            } else {
                long.append(bytes)
            }
        }
    }

    @inline(__always)
    func matches(_ bytes: UnsafePointer<UInt8>, _ field: CSVFieldRange) -> Bool {
        let length = field.end - field.start
        if length == 0 { return true }
        if length <= 8 {
            var value: UInt64 = 0
            var matchesLength = false
            for index in 0..<lengths.count where lengths[index] == length { matchesLength = true }
            if !matchesLength { return false }
            for index in 0..<length { value |= UInt64(bytes[field.start + index]) << (UInt64(index) &* 8) }
            for index in 0..<packed.count where packed[index] == value && lengths[index] == length { return true }
            return false
        }
        for marker in long where marker.count == length {
            var equal = true
            for offset in 0..<length where bytes[field.start + offset] != marker[offset] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }
}
