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
