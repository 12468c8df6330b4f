import SurveyModel

/// Segments one person's coded talk in one context (a guide section of a session, or one probed option of a why
/// ladder) into means-end ladders, following the structure of laddering (Reynolds & Gutman 1988; the rule and the
/// choices made where the method leaves room are in docs/methods.md §1.3).
///
/// - An attribute code starts a ladder (a bare ladder `[attribute]` that has not climbed yet is continued instead
///   of started twice). A person may hold several open ladders.
/// - A probe (the moderator's question) points at the ladder it asks about: the person's most recent ladder that
///   reached the highest code the probe names, cut after that code. A probe naming exactly one attribute that no
///   ladder of the person reached seeds a ladder of it; any other probe points nowhere for this person (a
///   moderator's words never put codes in a person's mouth).
/// - An answer's codes are split at each attribute, in the order given (the text's order for rule-coded answers).
///   The codes before the first attribute climb the probed ladder, else (when the answer names an attribute) that
///   attribute's ladder, else the ladder the person last spoke about.
/// - Within a part, codes are placed by level (consequences before values): each hangs from the highest code
///   below it already placed in this answer or at the top of the ladder it climbs, the nearest in the text among
///   equals (the earlier on a tie). Two codes of one level thus both hang from the code below them (the ladder
///   branches) unless the codebook allows same-level links.
/// - A link is taken only when it goes up (`LadderRules.allows`). A code already on the ladder is a restatement and
///   adds nothing. A code with nowhere to hang in its answer, after a ladder that reached its level or higher in an
///   earlier answer, is a step down or sideways: it is reported, never drawn, and hangs from the nearest code below
///   it on that ladder (or starts a ladder of its own).
struct LadderSegmenter {
    let rules: LadderRules
    let person: String
    private(set) var ladders: [[String]] = []
    private(set) var inconsistencies: [LadderInconsistency] = []
    private var recency: [Int] = []  // per ladder: the clock when it was last started or extended
    private var clock = 0
    private var active: Int?
    private var focus: [String]?

    init(rules: LadderRules, person: String) {
        self.rules = rules
        self.person = person
    }

    /// A chain in the making: its codes and the ladder that holds exactly them, if any.
    private struct Chain {
        var codes: [String]
        var index: Int?
    }

    /// A code placed in the current answer part: the chain ending at it and where it was said (-1: before the
    /// answer, the top of the ladder being climbed).
    private struct Placed {
        var chain: Chain
        var position: Int
        var code: String { chain.codes.last! }
    }

    /// Points the next answer at the ladder `codes` ask about (see the type's documentation).
    mutating func probe(_ codes: [String]) {
        focus = nil
        let named = codes.filter { rules.level($0) != nil }
        let byRecency = ladders.indices.sorted { recency[$0] > recency[$1] }
        for code in byLevel(named, code: { $0 }).reversed() {
            for index in byRecency {
                if let position = ladders[index].firstIndex(of: code) {
                    focus = Array(ladders[index][...position])
                    return
                }
            }
        }
        let attributes = named.filter { rules.level($0) == .attribute }
        if Set(attributes).count == 1 { focus = [attributes[0]] }
    }

    /// Adds one answer's codes (in the order given); `source` names where it was said, for inconsistencies.
    mutating func answer(_ codes: [String], source: String) {
        var named: [(code: String, position: Int)] = []
        for (position, code) in codes.enumerated()
        where rules.level(code) != nil && !named.contains(where: { $0.code == code }) {
            named.append((code, position))
        }
        guard !named.isEmpty else { return }
        var parts: [(seed: String?, rest: [(code: String, position: Int)])] = [(nil, [])]
        for entry in named {
            if rules.level(entry.code) == .attribute {
                parts.append((entry.code, []))
            } else {
                parts[parts.count - 1].rest.append(entry)
            }
        }
        // Codes said before the first attribute belong to that attribute unless a probe or an earlier answer
        // gave them a ladder to climb.
        if focus == nil, active == nil, parts.count > 1, !parts[0].rest.isEmpty {
            parts[1].rest = parts[0].rest + parts[1].rest
            parts[0].rest = []
        }
        for part in parts where part.seed != nil || !part.rest.isEmpty {
            var target: Chain?
            if let seed = part.seed {
                target = start(seed)
            } else if let focus {
                target = Chain(codes: focus, index: ladders.lastIndex(of: focus))
            } else if let active {
                target = Chain(codes: ladders[active], index: active)
            }
            let last = place(part.rest, on: target, source: source)
            active = (last ?? target)?.index ?? active
        }
        focus = nil
    }

    /// The ladder an attribute mention climbs: the probed one when it starts at this attribute, else a bare ladder
    /// of it, else a new ladder.
    private mutating func start(_ attribute: String) -> Chain {
        if let focus, focus.first == attribute {
            let index = ladders.lastIndex(of: focus)
            if let index { touch(index) }
            return Chain(codes: focus, index: index)
        }
        if let index = ladders.lastIndex(of: [attribute]) {
            touch(index)
            return Chain(codes: [attribute], index: index)
        }
        return Chain(codes: [attribute], index: append([attribute]))
    }

    /// Places a part's codes on `target` (see the type's documentation); returns the chain placed last.
    private mutating func place(
        _ codes: [(code: String, position: Int)], on target: Chain?, source: String
    ) -> Chain? {
        var placed: [Placed] = target.map { [Placed(chain: $0, position: -1)] } ?? []
        var last: Chain?
        for (code, position) in byLevel(codes, code: \.code) {
            if target?.codes.contains(code) == true || placed.contains(where: { $0.code == code }) { continue }
            let candidates = placed.filter { rules.allows($0.code, code) }
            var chain: Chain
            if let parent = candidates.max(by: { better($1, than: $0, for: position) }) {
                chain = parent.chain
                extend(&chain, with: code)
            } else if let target, let top = target.codes.last {
                let (topLevel, level) = (rules.level(top)!, rules.level(code)!)
                inconsistencies.append(
                    LadderInconsistency(
                        kind: level < topLevel ? .downward : .sameLevel, from: top, fromLevel: topLevel, to: code,
                        toLevel: level, person: person, source: source))
                if let below = target.codes.lastIndex(where: { rules.allows($0, code) }) {
                    chain = Chain(codes: Array(target.codes[...below]), index: nil)
                    extend(&chain, with: code)
                } else {
                    chain = Chain(codes: [code], index: append([code]))
                }
            } else {
                chain = Chain(codes: [code], index: append([code]))
            }
            placed.append(Placed(chain: chain, position: position))
            last = chain
        }
        return last
    }

    /// Whether `a` is a better parent than `b` for a code said at `position`: a higher level, then nearer in the
    /// text, then earlier.
    private func better(_ a: Placed, than b: Placed, for position: Int) -> Bool {
        let (la, lb) = (rules.level(a.code)!, rules.level(b.code)!)
        if la != lb { return la > lb }
        let (da, db) = (abs(a.position - position), abs(b.position - position))
        if da != db { return da < db }
        return a.position < b.position
    }

    /// Appends `code` to the chain: to the ladder holding exactly that chain, else as a new ladder (a branch).
    private mutating func extend(_ chain: inout Chain, with code: String) {
        let index = chain.index.flatMap { ladders[$0] == chain.codes ? $0 : nil } ?? ladders.lastIndex(of: chain.codes)
        chain.codes.append(code)
        if let index {
            ladders[index] = chain.codes
            touch(index)
            chain.index = index
        } else {
            chain.index = append(chain.codes)
        }
    }

    private mutating func append(_ chain: [String]) -> Int {
        ladders.append(chain)
        recency.append(0)
        touch(ladders.count - 1)
        return ladders.count - 1
    }

    private mutating func touch(_ index: Int) {
        clock += 1
        recency[index] = clock
    }

    /// `items` by the level of their code, attribute first, keeping the given order within a level.
    private func byLevel<Item>(_ items: [Item], code: (Item) -> String) -> [Item] {
        items.enumerated().sorted { a, b in
            let (la, lb) = (rules.level(code(a.element))!, rules.level(code(b.element))!)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}
