/// The static type of an expression, as inferred by the validator.
indirect enum ExpressionType: Equatable {
    case number
    /// Free text (text answers, dates, string literals).
    case text
    case bool
    /// One code of a known set (a single-choice answer), described by `owner` (e.g. `{q1}`).
    case code(Set<String>, owner: String)
    /// A list of codes of a known set (a multiple-choice or ranking answer).
    case codes(Set<String>, owner: String)
    /// A literal list.
    case list(ExpressionType)
    case null
    /// Not known (after an error, or an empty list); never reported again.
    case unknown

    /// A description for messages: "a number", "a choice code of {q1}", ...
    var description: String {
        switch self {
        case .number: "a number"
        case .text: "text"
        case .bool: "true/false"
        case .code(_, let owner): "a choice code of \(owner)"
        case .codes(_, let owner): "a list of choice codes of \(owner)"
        case .list: "a list"
        case .null: "null"
        case .unknown: "unknown"
        }
    }

    /// Whether values of this type are text at run time (codes are strings).
    var isTextual: Bool {
        switch self {
        case .text, .code: true
        default: false
        }
    }

    var isKnown: Bool { self != .unknown }
}
