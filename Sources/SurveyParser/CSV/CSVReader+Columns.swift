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

    private func loadPass(indices: [Int], kinds: [CSVColumnKind], names: [String], maxErrors: Int) throws
        -> PassResult
    {
        let markers = missingMarkers.map { Array($0.utf8) }
        var numbers: [[Double]] = Array(repeating: [], count: indices.count)
        var codes: [[Int32]] = Array(repeating: [], count: indices.count)
        var interners: [CSVByteInterner] = Array(repeating: CSVByteInterner(), count: indices.count)
        var flipped = Array(repeating: false, count: indices.count)
        var errors: [CSVError] = []
        var truncated = false
        var tokenizer = makeDataTokenizer()
        let expected = header.count
        let estimate = source.count / max(1, 8 * expected)
        for column in indices.indices {
            if kinds[column] == .categorical {
                codes[column].reserveCapacity(estimate)
            } else {
                numbers[column].reserveCapacity(estimate)
            }
        }
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
                record(CSVError(file: source.name, row: tokenizer.recordLine, column: min(fields.count, expected) + 1,
                                kind: .wrongFieldCount(expected: expected, found: fields.count)))
                continue
            }
            rowCount += 1
            for column in 0..<indices.count {
                let field = fields[indices[column]]
                let missing = Self.isMissing(bytes, field, markers)
                if kinds[column] == .categorical {
                    if missing {
                        codes[column].append(-1)
                    } else if field.hasEscapedQuotes {
                        Self.unescape(bytes, field, into: &scratch)
                        let code = scratch.withUnsafeBufferPointer { interners[column].code(for: $0) }
                        codes[column].append(code)
                    } else {
                        let buffer = UnsafeBufferPointer(start: bytes + field.start, count: field.end - field.start)
                        codes[column].append(interners[column].code(for: buffer))
                    }
                } else if missing {
                    numbers[column].append(.nan)
                } else if let value = CSVNumberParser.parse(bytes, field.start, field.end) {
                    numbers[column].append(value)
                } else {
                    numbers[column].append(.nan)
                    if kinds[column] == .automatic {
                        flipped[column] = true
                    } else {
                        record(CSVError(file: source.name, row: tokenizer.recordLine, column: indices[column] + 1,
                                        kind: .notANumber(columnName: names[column])))
                    }
                }
            }
        }
        if !errors.isEmpty { throw CSVErrors(errors, truncated: truncated) }
        var columns: [CSVColumnData] = []
        columns.reserveCapacity(indices.count)
        for column in 0..<indices.count {
            if kinds[column] == .categorical {
                columns.append(Self.sortedCategorical(codes: codes[column], interner: interners[column]))
            } else {
                columns.append(.numeric(numbers[column]))
            }
        }
        return PassResult(rowCount: rowCount, columns: columns,
                          flipped: flipped.indices.filter { flipped[$0] })
    }

    private static func isMissing(_ bytes: UnsafePointer<UInt8>, _ field: CSVFieldRange, _ markers: [[UInt8]])
        -> Bool
    {
        let length = field.end - field.start
        if length == 0 { return true }
        for marker in markers where marker.count == length {
            var equal = true
            for offset in 0..<length where bytes[field.start + offset] != marker[offset] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
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
