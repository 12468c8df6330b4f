public import SurveyModel

/// The hierarchical value map (HVM) of laddering data at a cutoff (Reynolds & Gutman 1988; Gengler & Reynolds
/// 1995; docs/methods.md §1.2).
///
/// Keeps every direct link whose count (per respondent by default) is ≥ the cutoff and drops codes left without
/// links. Reported with it (docs/methods.md §1.2 proposal): the cutoff, the numbers of respondents and ladders, the
/// share of all direct mentions that the kept links account for (the "representativeness" of Reynolds &
/// Gutman), and the share of respondents with at least one kept link. Levels place values at the top,
/// consequences in the middle and attributes at the bottom.
public struct HierarchicalValueMap: Sendable, Equatable {
    public struct Edge: Sendable, Equatable {
        public var link: LadderLink
        /// The count compared with the cutoff.
        public var count: Int
        /// Direct mentions of the link.
        public var mentions: Int
    }

    public var cutoff: Int
    public var counting: LadderCounting
    public var edges: [Edge]
    /// Codes with at least one kept edge, in the matrix's code order.
    public var nodes: [String]
    public var respondentCount: Int
    public var ladderCount: Int
    /// Direct mentions accounted for by the kept edges, and all direct mentions.
    public var retainedMentions: Int
    public var totalMentions: Int
    /// Respondents with at least one kept link.
    public var representedRespondents: Int
    /// Level of each code, when known.
    public var levels: [String: LadderLevel]

    public var retainedShare: Double { totalMentions > 0 ? Double(retainedMentions) / Double(totalMentions) : 0 }
    public var representedShare: Double {
        respondentCount > 0 ? Double(representedRespondents) / Double(respondentCount) : 0
    }

    /// Builds the map. `levels` maps codes to A/C/V (codes without a level are drawn unranked).
    public init(
        matrix: ImplicationMatrix, cutoff: Int, counting: LadderCounting = .respondents,
        levels: [String: LadderLevel] = [:]
    ) {
        let counts = counting == .mentions ? matrix.directMentions : matrix.directRespondents
        let kept = counts.filter { $0.value >= cutoff }.keys.sorted()
        edges = kept.map { Edge(link: $0, count: counts[$0] ?? 0, mentions: matrix.directMentions[$0] ?? 0) }
        let used = Set(kept.flatMap { [$0.from, $0.to] })
        nodes = matrix.codes.filter { used.contains($0) }
        self.cutoff = cutoff
        self.counting = counting
        respondentCount = matrix.respondentCount
        ladderCount = matrix.ladderCount
        retainedMentions = edges.reduce(0) { $0 + $1.mentions }
        totalMentions = matrix.totalDirectMentions
        var represented = Set<String>()
        for link in kept { represented.formUnion(matrix.respondentsByDirectLink[link] ?? []) }
        representedRespondents = represented.count
        self.levels = levels
    }

    /// One map per segment (respondents without a segment are left out), keyed by segment label.
    public static func bySegment(
        _ respondents: [LadderRespondent], cutoff: Int,
        counting: LadderCounting = .respondents,
        levels: [String: LadderLevel] = [:]
    ) -> [String: HierarchicalValueMap] {
        let groups = Dictionary(grouping: respondents.filter { $0.segment != nil }) { $0.segment! }
        return groups.mapValues {
            HierarchicalValueMap(
                matrix: ImplicationMatrix($0), cutoff: cutoff,
                counting: counting, levels: levels)
        }
    }

    /// A plain-text table of the kept edges with the summary figures.
    public func table() -> String {
        var lines = [
            "HVM cutoff \(cutoff) (\(counting.rawValue)); "
                + "respondents \(respondentCount), ladders \(ladderCount)"
        ]
        lines.append("from\tto\tcount\tmentions")
        for edge in edges { lines.append("\(edge.link.from)\t\(edge.link.to)\t\(edge.count)\t\(edge.mentions)") }
        lines.append("direct mentions retained: \(retainedMentions)/\(totalMentions) (\(Self.percent(retainedShare)))")
        lines.append(
            "respondents represented: \(representedRespondents)/\(respondentCount) "
                + "(\(Self.percent(representedShare)))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Graphviz DOT: bottom-to-top layout, one rank per level (values on top), edge labels = counts.
    public func dot(title: String = "HVM") -> String {
        func quoted(_ s: String) -> String {
            var escaped = ""
            for character in s {
                if character == "\\" || character == "\"" { escaped.append("\\") }
                escaped.append(character)
            }
            return "\"" + escaped + "\""
        }
        var lines = [
            "digraph \(quoted(title)) {", "  rankdir=BT;", "  node [shape=box];",
            "  label=\(quoted("cutoff \(cutoff), \(Self.percent(retainedShare)) of direct links retained"));",
        ]
        for level in LadderLevel.allCases {
            let members = nodes.filter { levels[$0] == level }
            guard !members.isEmpty else { continue }
            lines.append("  { rank=same; " + members.map(quoted).joined(separator: "; ") + "; }")
        }
        for node in nodes {
            let shape = levels[node] == .value ? "ellipse" : levels[node] == .consequence ? "box" : "box"
            let style = levels[node] == .attribute ? ", style=rounded" : ""
            lines.append("  \(quoted(node)) [shape=\(shape)\(style)];")
        }
        for edge in edges {
            lines.append("  \(quoted(edge.link.from)) -> \(quoted(edge.link.to)) [label=\"\(edge.count)\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A share as a percentage with one decimal ("66.7%").
    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return "\(tenths)%"
    }
}
