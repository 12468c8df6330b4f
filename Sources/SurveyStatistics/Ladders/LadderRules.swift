public import SurveyModel

/// What a ladder may link: each code's means-end level and which levels may link to themselves
/// (docs/methods.md §1.3).
///
/// A link goes up the means-end order, attribute → consequence → value (Reynolds & Gutman 1988): a consequence may
/// follow an attribute, a value may follow an attribute or a consequence. A consequence → consequence or value →
/// value link is allowed only for the levels in `sameLevelLinks` (a codebook's `same-level-links`); an attribute
/// never follows an attribute, because a new attribute starts a new ladder. Codes without a level take no part in
/// ladders.
public struct LadderRules: Sendable, Hashable {
    public var levels: [String: LadderLevel]
    public var sameLevelLinks: Set<LadderLevel>

    public init(levels: [String: LadderLevel], sameLevelLinks: Set<LadderLevel> = []) {
        self.levels = levels
        self.sameLevelLinks = sameLevelLinks.subtracting([.attribute])
    }

    /// The levels and same-level links of `codebook`.
    public init(codebook: Codebook) {
        var levels: [String: LadderLevel] = [:]
        for code in codebook.codes { if let level = code.level, levels[code.id] == nil { levels[code.id] = level } }
        self.init(levels: levels, sameLevelLinks: codebook.sameLevelLinks)
    }

    /// The level of `code`, nil when it has none.
    public func level(_ code: String) -> LadderLevel? { levels[code] }

    /// Whether `to` may follow `from` in a ladder: a higher level, or the same level where allowed (never a code
    /// following itself).
    public func allows(_ from: String, _ to: String) -> Bool {
        guard from != to, let a = levels[from], let b = levels[to] else { return false }
        return a < b || (a == b && sameLevelLinks.contains(a))
    }
}
