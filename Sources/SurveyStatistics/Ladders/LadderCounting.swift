/// How relations are counted in the implication matrix.
public enum LadderCounting: String, Sendable, CaseIterable, Codable {
    /// Every occurrence in every ladder counts.
    case mentions
    /// Each relation counts at most once per respondent, so talkative respondents do not dominate
    /// (the recommended default; docs/methods.md §1.2).
    case respondents
}
