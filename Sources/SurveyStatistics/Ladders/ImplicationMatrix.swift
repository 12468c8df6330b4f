/// The summary implication matrix of laddering data (Reynolds & Gutman 1988; docs/methods.md §1.2).
///
/// For each ladder c₁ → c₂ → … → c_m: the pair (cᵢ, cᵢ₊₁) is a *direct* relation and (cᵢ, cⱼ) with j ≥ i + 2 an
/// *indirect* one; self-links (cᵢ = cⱼ) are skipped. Counts are kept per mention and per respondent (each relation
/// at most once per respondent). Cells are conventionally shown as "direct.indirect", e.g. 3.02.
public struct ImplicationMatrix: Sendable, Equatable {
    /// Every code that appears in a ladder, in order of first appearance.
    public var codes: [String]
    public var directMentions: [LadderLink: Int]
    public var indirectMentions: [LadderLink: Int]
    public var directRespondents: [LadderLink: Int]
    public var indirectRespondents: [LadderLink: Int]
    /// Number of respondents with at least one ladder, and of ladders; a single code is not a ladder (it has no
    /// link), so it counts in neither.
    public var respondentCount: Int
    public var ladderCount: Int
    /// Respondent ids having each direct link (used for the share of respondents represented by a map).
    var respondentsByDirectLink: [LadderLink: Set<String>]

    public init(_ respondents: [LadderRespondent]) {
        var codes: [String] = []
        var known: Set<String> = []
        var direct: [LadderLink: Int] = [:]
        var indirect: [LadderLink: Int] = [:]
        var directByRespondent: [LadderLink: Set<String>] = [:]
        var indirectByRespondent: [LadderLink: Set<String>] = [:]
        var respondentCount = 0
        var ladderCount = 0
        for respondent in respondents {
            if respondent.ladders.contains(where: { $0.count > 1 }) { respondentCount += 1 }
            for ladder in respondent.ladders {
                if ladder.count > 1 { ladderCount += 1 }
                for code in ladder where !known.contains(code) {
                    known.insert(code)
                    codes.append(code)
                }
                for i in ladder.indices {
                    for j in ladder.indices where j > i && ladder[i] != ladder[j] {
                        let link = LadderLink(from: ladder[i], to: ladder[j])
                        if j == i + 1 {
                            direct[link, default: 0] += 1
                            directByRespondent[link, default: []].insert(respondent.id)
                        } else {
                            indirect[link, default: 0] += 1
                            indirectByRespondent[link, default: []].insert(respondent.id)
                        }
                    }
                }
            }
        }
        self.codes = codes
        directMentions = direct
        indirectMentions = indirect
        directRespondents = directByRespondent.mapValues(\.count)
        indirectRespondents = indirectByRespondent.mapValues(\.count)
        self.respondentCount = respondentCount
        self.ladderCount = ladderCount
        respondentsByDirectLink = directByRespondent
    }

    /// Direct and indirect counts of one link.
    public func cell(from: String, to: String, counting: LadderCounting = .mentions) -> (direct: Int, indirect: Int) {
        let link = LadderLink(from: from, to: to)
        switch counting {
        case .mentions: return (directMentions[link] ?? 0, indirectMentions[link] ?? 0)
        case .respondents: return (directRespondents[link] ?? 0, indirectRespondents[link] ?? 0)
        }
    }

    /// The "direct.indirect" notation, indirect with two digits ("3.00", "0.02"; "1.123" beyond 99).
    public func notation(from: String, to: String, counting: LadderCounting = .mentions) -> String {
        let (d, i) = cell(from: from, to: to, counting: counting)
        return i < 10 ? "\(d).0\(i)" : "\(d).\(i)"
    }

    /// All links with a direct or indirect count, sorted.
    public var links: [LadderLink] {
        Set(directMentions.keys).union(indirectMentions.keys).sorted()
    }

    /// Total direct mentions over all links.
    public var totalDirectMentions: Int { directMentions.values.reduce(0, +) }

    /// The rule-of-thumb cutoff: Reynolds & Gutman suggest 3–5 for 50–60 respondents; this scales it as
    /// max(1, ⌊ladders·4/55⌋) (as in the open Interactive-HVM code; docs/methods.md §1.2).
    public var suggestedCutoff: Int { max(1, ladderCount * 4 / 55) }

    /// How many links a default value map should draw at least, when there are that many: about a dozen arrows
    /// still make a readable map.
    public static let readableLinks = 12

    /// The cutoff used when none is given (docs/methods.md §1.2): the rule of thumb `suggestedCutoff`, lowered
    /// when needed so that the map draws at least min(`readableLinks`, all distinct direct links) links (counted per
    /// respondent or per mention, as `counting`). With several ladders per respondent the rule of thumb can exceed
    /// every respondent count and leave an empty map; this keeps a map of the strongest links.
    public func defaultCutoff(counting: LadderCounting = .respondents) -> Int {
        let counts = (counting == .mentions ? directMentions : directRespondents).values.sorted(by: >)
        guard !counts.isEmpty else { return 1 }
        return max(1, min(suggestedCutoff, counts[min(Self.readableLinks, counts.count) - 1]))
    }

    /// The matrix as a text table (rows "from", columns "to", cells direct.indirect, blanks for 0.00).
    public func table(counting: LadderCounting = .mentions) -> String {
        let width = max(6, (codes.map(\.count).max() ?? 0) + 1)
        func pad(_ s: String) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        var lines = [pad("") + codes.map(pad).joined()]
        for from in codes {
            let cells = codes.map { to -> String in
                let (d, i) = cell(from: from, to: to, counting: counting)
                return pad(d == 0 && i == 0 ? "" : notation(from: from, to: to, counting: counting))
            }
            lines.append(pad(from) + cells.joined())
        }
        return lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n") + "\n"
    }
}
