/// Flag counts among the judged responses of one segment.
public struct SegmentQuality: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var judged: Int
    public var flagged: Int
    public var flagCounts: [String: Int]

    public init(id: String, label: String, judged: Int, flagged: Int, flagCounts: [String: Int]) {
        self.id = id
        self.label = label
        self.judged = judged
        self.flagged = flagged
        self.flagCounts = flagCounts
    }
}
