/// What a backend-side aggregate groups or sums by.
public enum AggregateVariable: Sendable, Hashable, CustomStringConvertible {
    /// A respondent attribute (e.g. `region`); missing when the respondent has none.
    case attribute(String)
    /// The answer to a question: a single code answer gives its code, a number answer its stored number text
    /// (`4`, `4.5`); other kinds, don't know, refused, unanswered and unreachable answers are missing.
    case answer(String)
    /// The respondent's stratum (sampling design); missing when none.
    case stratum
    /// The respondent's first-stage cluster (PSU); missing when none.
    case cluster
    /// The respondent's weight in a stored weight set, as the shortest text that reads back as the same `Double`;
    /// missing when the set has no weight for them.
    case weight(inSet: String)

    public var description: String {
        switch self {
        case .attribute(let name): "attribute '\(name)'"
        case .answer(let id): "answer '\(id)'"
        case .stratum: "stratum"
        case .cluster: "cluster"
        case .weight(let set): "weight in set '\(set)'"
        }
    }
}
