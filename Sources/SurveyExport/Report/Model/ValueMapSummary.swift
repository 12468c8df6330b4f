public import SurveyModel
public import SurveyStatistics

/// A hierarchical value map ready to show (docs/methods.md §1.2): its codes with labels and levels, its links with
/// counts, and the figures that say how much of the data it represents.
public struct ValueMapSummary: Sendable, Hashable, Codable {
    public struct Node: Sendable, Hashable, Codable {
        public var code: String
        public var label: String
        public var level: LadderLevel
    }

    public struct Edge: Sendable, Hashable, Codable {
        public var from: String
        public var to: String
        /// The count compared with the cutoff (respondents or mentions, as `counting`).
        public var count: Int
        public var mentions: Int
    }

    public var cutoff: Int
    public var counting: LadderCounting
    public var respondents: Int
    public var ladders: Int
    /// Share of all direct mentions the drawn links account for, and of respondents with a drawn link.
    public var retainedShare: Double
    public var representedShare: Double
    public var nodes: [Node]
    public var edges: [Edge]
    /// Steps down or sideways that segmentation reported instead of linking.
    public var inconsistencies: Int
    /// Ladders that start above the attribute level (their first code is not an attribute).
    public var unseededLadders: Int

    /// The summary of `map`, naming codes by `labels` (a code without a label keeps its id). Codes without a level
    /// are left out (segmented ladders have none).
    public init(
        _ map: HierarchicalValueMap, labels: [String: String], inconsistencies: Int = 0, unseededLadders: Int = 0
    ) {
        cutoff = map.cutoff
        counting = map.counting
        respondents = map.respondentCount
        ladders = map.ladderCount
        retainedShare = map.retainedShare
        representedShare = map.representedShare
        nodes = map.nodes.compactMap { code in
            map.levels[code].map { Node(code: code, label: labels[code] ?? code, level: $0) }
        }
        edges = map.edges.map { Edge(from: $0.link.from, to: $0.link.to, count: $0.count, mentions: $0.mentions) }
        self.inconsistencies = inconsistencies
        self.unseededLadders = unseededLadders
    }
}
