/// The answer to one what question, in the shape its type needs.
///
/// | question type | value |
/// |---|---|
/// | single choice | `.code` |
/// | multiple choice | `.codes` (in selection order) |
/// | rating, NPS, numeric | `.number` |
/// | text | `.text` |
/// | date | `.date` (`YYYY-MM-DD`) |
/// | ranking | `.ranking` (codes, best first; top-k holds k codes) |
/// | matrix, importance | `.grid` (row or need code → scale value; importance performance as `code.perf`) |
/// | MaxDiff | `.maxDiff` (one choice per set, with the items shown) |
/// | Kano | `.grid` (`feature.f` and `feature.d` → 1–5) |
/// | any, when allowed | `.dontKnow`, `.refused` |
public enum AnswerValue: Sendable, Hashable, Codable {
    case code(String)
    case codes([String])
    case number(Double)
    case text(String)
    case date(String)
    case ranking([String])
    case grid([String: Double])
    case maxDiff([MaxDiffChoice])
    case dontKnow
    case refused

    /// The value seen by expressions: codes as strings, lists as lists, special answers and grids as null.
    public var expressionValue: Value {
        switch self {
        case .code(let code): .string(code)
        case .codes(let codes), .ranking(let codes): .list(codes.map(Value.string))
        case .number(let number): .number(number)
        case .text(let text), .date(let text): .string(text)
        case .grid, .maxDiff, .dontKnow, .refused: .null
        }
    }

    /// The value of `{id.part}` for this answer to `id` (`expressionValue` when there is no part): a grid's cell
    /// (matrix, importance, Kano), 1 or 0 for whether a multiple choice selected the code, the rank of a ranked
    /// item (1 = first); null when the cell or item is missing or the answer has no parts.
    public func expressionValue(part: String?) -> Value {
        guard let part else { return expressionValue }
        switch self {
        case .grid(let cells): return cells[part].map(Value.number) ?? .null
        case .codes(let codes): return .number(codes.contains(part) ? 1 : 0)
        case .ranking(let codes): return codes.firstIndex(of: part).map { .number(Double($0 + 1)) } ?? .null
        default: return .null
        }
    }
}
