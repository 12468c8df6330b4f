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
