/// One row of the cutoff table that guides the choice of a value map's cutoff (docs/methods.md §1.2).
///
/// The literature asks for a cutoff that keeps the map readable while it still represents most of the data:
/// Reynolds & Gutman (1988) look at the share of all links a cutoff retains, Pieters, Baumgartner & Allen (1995)
/// and Gengler & Reynolds (1995) at how many cells and respondents the map still accounts for. Each row gives them
/// for one cutoff.
public struct LadderCutoffRow: Sendable, Equatable, Codable {
    public var cutoff: Int
    /// Distinct direct links drawn at this cutoff, and their share of all distinct direct links.
    public var links: Int
    public var linkShare: Double
    /// Direct mentions the drawn links account for, as a share of all direct mentions.
    public var mentionShare: Double
    /// Respondents with at least one drawn link, as a share of respondents with a ladder.
    public var respondentShare: Double
}

extension ImplicationMatrix {
    /// The cutoff table for cutoffs 1 up to the largest count (per respondent or per mention, as `counting`).
    public func cutoffTable(counting: LadderCounting = .respondents) -> [LadderCutoffRow] {
        let counts = counting == .mentions ? directMentions : directRespondents
        let largest = counts.values.max() ?? 0
        let total = counts.count
        return largest < 1
            ? []
            : (1...largest).map { cutoff in
                let map = HierarchicalValueMap(matrix: self, cutoff: cutoff, counting: counting)
                return LadderCutoffRow(
                    cutoff: cutoff, links: map.edges.count,
                    linkShare: total > 0 ? Double(map.edges.count) / Double(total) : 0,
                    mentionShare: map.retainedShare, respondentShare: map.representedShare)
            }
    }

    /// The cutoff table as text; with `changesOnly`, only the cutoffs at which the number of links drawn changes
    /// (the first, and each that draws fewer links than the one before).
    public func cutoffTableText(counting: LadderCounting = .respondents, changesOnly: Bool = false) -> String {
        let percent = HierarchicalValueMap.percent
        var lines = ["cutoff\tlinks\tof links\tof direct mentions\tof respondents"]
        var previous: Int?
        for row in cutoffTable(counting: counting) {
            defer { previous = row.links }
            if changesOnly, row.links == previous { continue }
            lines.append(
                "\(row.cutoff)\t\(row.links)\t\(percent(row.linkShare))\t\(percent(row.mentionShare))\t"
                    + percent(row.respondentShare))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
