import SurveyModel

/// Segments one person's coded talk in one context (a guide section of a session, or one probed option of a why
/// ladder) into means-end ladders, following the structure of laddering (Reynolds & Gutman 1988; the rule and the
/// choices made where the method leaves room are in docs/methods.md §1.3).
///
/// - An attribute code starts a ladder (a bare ladder `[attribute]` that has not climbed yet is continued instead
///   of started twice). A person may hold several open ladders.
/// - A probe (the moderator's question, or the survey's "why is that important to you?") points at the ladder it
///   asks about: the person's most recent ladder that reached the highest code the probe names, cut after that
///   code. A probe naming codes no ladder reached seeds one with them (the probed option of a why ladder). The
///   consequences and values of the next answer that come before any attribute climb that ladder; without a probe
///   they climb the ladder the person last spoke about.
/// - Within one answer, codes are taken in the order given (the order of the text for rule-coded answers), split
///   at each attribute; each part climbs by level (attribute, consequence, value; the order given within a level).
///   Two codes of one level in one answer where the codebook allows no same-level link are parallel mentions: each
///   hangs from the nearest code below it (the ladder branches).
/// - A link is taken only when it goes up (`LadderRules.allows`). A code already on the ladder is a restatement and
///   adds nothing. A step down or sideways from one answer to the next is an inconsistency: it is reported, never
///   drawn, and the code hangs from the nearest code below it on that ladder (or starts a ladder of its own).
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

    /// A chain being climbed: the codes so far and the ladder that holds exactly them, if any.
    private struct Target {
        var chain: [String]
        var index: Int?
    }

    /// Points the next answer at the ladder `codes` ask about (see the type's documentation).
    mutating func probe(_ codes: [String]) {
        let named = codes.filter { rules.level($0) != nil }
        guard !named.isEmpty else {
            focus = nil
            return
        }
        let byRecency = ladders.indices.sorted { recency[$0] > recency[$1] }
        for code in stableSorted(named).reversed() {
            for index in byRecency {
                if let position = ladders[index].firstIndex(of: code) {
                    focus = Array(ladders[index][...position])
                    return
                }
            }
        }
        var seed: [String] = []
        for code in stableSorted(named) where seed.last.map({ rules.allows($0, code) }) ?? true {
            seed.append(code)
        }
        focus = seed
    }

    /// Adds one answer's codes (in the order given); `source` names where it was said, for inconsistencies.
    mutating func answer(_ codes: [String], source: String) {
        var named: [String] = []
        for code in codes where rules.level(code) != nil && !named.contains(code) { named.append(code) }
        guard !named.isEmpty else { return }
        var parts: [(seed: String?, rest: [String])] = [(nil, [])]
        for code in named {
            if rules.level(code) == .attribute { parts.append((code, [])) } else { parts[parts.count - 1].rest.append(code) }
        }
        for part in parts where part.seed != nil || !part.rest.isEmpty {
            var target: Target?
            if let seed = part.seed {
                target = start(seed)
            } else if let focus {
                target = Target(chain: focus, index: ladders.lastIndex(of: focus))
            } else if let active {
                target = Target(chain: ladders[active], index: active)
            }
            var said: Set<String> = part.seed.map { [$0] } ?? []
            for code in stableSorted(part.rest) {
                target = climb(target, to: code, parallel: said, source: source)
                said.insert(code)
            }
            active = target?.index
        }
        focus = nil
    }

    /// The ladder an attribute mention climbs: the probed one when it ends at this attribute, else a bare ladder of
    /// it, else a new ladder.
    private mutating func start(_ attribute: String) -> Target {
        if let focus, focus.last == attribute, let index = ladders.lastIndex(of: focus) {
            touch(index)
            return Target(chain: focus, index: index)
        }
        if let index = ladders.lastIndex(of: [attribute]) {
            touch(index)
            return Target(chain: [attribute], index: index)
        }
        return Target(chain: [attribute], index: append([attribute]))
    }

    private mutating func climb(_ target: Target?, to code: String, parallel: Set<String>, source: String) -> Target {
        guard var target, let top = target.chain.last else {
            return Target(chain: [code], index: append([code]))
        }
        if target.chain.contains(code) { return target }
        if rules.allows(top, code) {
            extend(&target, with: code)
            return target
        }
        let (topLevel, level) = (rules.level(top)!, rules.level(code)!)
        if !(parallel.contains(top) && topLevel == level) {
            inconsistencies.append(
                LadderInconsistency(
                    kind: level < topLevel ? .downward : .sameLevel, from: top, fromLevel: topLevel, to: code,
                    toLevel: level, person: person, source: source))
        }
        guard let below = target.chain.lastIndex(where: { rules.allows($0, code) }) else {
            return Target(chain: [code], index: append([code]))
        }
        var branch = Target(chain: Array(target.chain[...below]), index: nil)
        extend(&branch, with: code)
        return branch
    }

    /// Appends `code` to the target's chain: to the ladder holding exactly that chain, else as a new ladder.
    private mutating func extend(_ target: inout Target, with code: String) {
        let index = target.index.flatMap { ladders[$0] == target.chain ? $0 : nil } ?? ladders.lastIndex(of: target.chain)
        target.chain.append(code)
        if let index {
            ladders[index] = target.chain
            touch(index)
            target.index = index
        } else {
            target.index = append(target.chain)
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

    /// `codes` by level, attribute first, keeping the given order within a level.
    private func stableSorted(_ codes: [String]) -> [String] {
        codes.enumerated().sorted { a, b in
            let (la, lb) = (rules.level(a.element)!, rules.level(b.element)!)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}
