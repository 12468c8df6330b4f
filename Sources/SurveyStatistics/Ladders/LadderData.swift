import SurveyModel

/// One respondent's ladders: each ladder is an ordered chain of content codes, from attribute up to value.
public struct LadderRespondent: Sendable, Equatable {
    /// Unique respondent id (respondents sharing an id are counted as one in per-respondent counts).
    public var id: String
    /// Segment label, for per-segment maps; nil when unsegmented.
    public var segment: String?
    public var ladders: [[String]]

    public init(id: String, segment: String? = nil, ladders: [[String]]) {
        self.id = id
        self.segment = segment
        self.ladders = ladders
    }
}

/// How relations are counted in the implication matrix.
public enum LadderCounting: String, Sendable, CaseIterable, Codable {
    /// Every occurrence in every ladder counts.
    case mentions
    /// Each relation counts at most once per respondent, so talkative respondents do not dominate
    /// (the recommended default; docs/methods.md §1.2).
    case respondents
}

/// A directed relation between two codes.
public struct LadderLink: Sendable, Hashable, Comparable {
    public var from: String
    public var to: String

    public static func < (lhs: LadderLink, rhs: LadderLink) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }
}
