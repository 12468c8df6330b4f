/// An instructed-response item: the question (or one row of a grid) tells the respondent which answer to give
/// ("to show you are reading, choose 'Disagree' here"). A response whose answer is not one of `expected` fails
/// the check; `voc quality` flags it (`attention`). Skipped, don't-know and refused answers fail too, because the
/// instruction asked for a specific answer.
///
/// In files: `<attention-check row="CODE" expect="2 3"/>` as the last child of a `<what>` (accepted answers
/// separated by spaces or commas), `"attention-check": {"row": "CODE", "expect": ["2", "3"]}` in JSON. Text,
/// ranking, MaxDiff and Kano questions cannot carry one; `row` is required on matrix and importance questions and
/// not allowed on others (checked when the file is loaded).
public struct AttentionCheck: Sendable, Hashable {
    /// For a matrix or importance question: the code of the row (need) that carries the instruction; nil for
    /// the question as a whole (single choice, rating, NPS, numeric).
    public var row: String?
    /// The accepted answers as text: option codes for choice questions, scale points or numbers (`"2"`) for
    /// rating, NPS, numeric and grid rows. Numbers compare by value (`"2"` accepts 2.0).
    public var expected: [String]

    public init(row: String? = nil, expected: [String]) {
        self.row = row
        self.expected = expected
    }

    /// Whether `answer` (nil: not answered) satisfies the instruction.
    public func isPassed(by answer: AnswerValue?) -> Bool {
        guard let answer else { return false }
        let given: String?
        switch answer {
        case .code(let code): given = code
        case .number(let number): given = AttentionCheck.text(of: number)
        case .text(let text), .date(let text): given = text
        case .grid(let cells): given = row.flatMap { cells[$0] }.map(AttentionCheck.text(of:))
        case .codes(let codes): return codes.count == expected.count && Set(codes) == Set(expected)
        case .ranking, .maxDiff, .dontKnow, .refused: given = nil
        }
        guard let given else { return false }
        return expected.contains { accepted in
            if let a = Double(accepted), let b = Double(given) { return a == b }
            return accepted == given
        }
    }

    /// A number as the shortest text (`2` for 2.0, `2.5` for 2.5).
    static func text(of number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
