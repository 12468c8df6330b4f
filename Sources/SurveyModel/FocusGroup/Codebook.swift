/// A codebook: the codes used to code open answers (why probes) and focus-group turns.
///
/// Codes form a tree through `parent`. For ladder analysis each code may carry its means-end level
/// (attribute → consequence → value, Reynolds & Gutman 1988). Codes may carry rules for automatic coding.
public struct Codebook: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var codes: [Code]
    /// The levels whose codes may follow a code of the same level in a ladder (consequence → consequence,
    /// value → value). Empty by default: a ladder then climbs strictly attribute → consequence → value.
    /// Attributes never link to attributes (a new attribute starts a new ladder).
    public var sameLevelLinks: Set<LadderLevel>

    public init(id: String, title: LocalizedText, codes: [Code], sameLevelLinks: Set<LadderLevel> = []) {
        self.id = id
        self.title = title
        self.codes = codes
        self.sameLevelLinks = sameLevelLinks.subtracting([.attribute])
    }

    /// The code with `id`, if any.
    public func code(_ id: String) -> Code? { codes.first { $0.id == id } }
}

/// One code of a codebook.
public struct Code: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText?
    /// The id of the parent code, for hierarchical codebooks.
    public var parent: String?
    /// The means-end level, for codes used in ladders.
    public var level: LadderLevel?
    /// Rules for automatic coding; a text gets the code when any rule matches.
    public var rules: [CodingRule]

    public init(
        id: String, label: LocalizedText, description: LocalizedText? = nil, parent: String? = nil,
        level: LadderLevel? = nil, rules: [CodingRule] = []
    ) {
        self.id = id
        self.label = label
        self.description = description
        self.parent = parent
        self.level = level
        self.rules = rules
    }
}

/// The level of a code in a means-end chain.
public enum LadderLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case attribute, consequence, value

    /// A < C < V, the order in which a ladder climbs.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A rule that assigns a code automatically.
///
/// `keyword` matches when the text contains the keyword, ignoring case and diacritics (works for any script,
/// including Chinese, where no word boundaries are required). `pattern` is a regular expression (ICU syntax),
/// matched case-insensitively.
public enum CodingRule: Sendable, Hashable {
    case keyword(String)
    case pattern(String)
}
