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
