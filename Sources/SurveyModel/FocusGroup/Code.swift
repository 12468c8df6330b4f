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
