/// A named group of respondents defined by an expression over answers or respondent attributes, e.g.
/// `<segment id="older" when="{age} >= 55"/>`. Usable in conditions (`{older}` is true or false), quotas and
/// analysis (`--by older`).
public struct Segment: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var when: Expression

    public init(id: String, label: LocalizedText, when: Expression) {
        self.id = id
        self.label = label
        self.when = when
    }
}

/// A cap on completes in a segment (or any condition). When full, new respondents who fall in it end the
/// interview with a quota-full disposition.
public struct Quota: Sendable, Hashable {
    public var id: String
    /// Who counts towards the quota.
    public var when: Expression
    /// The number of completes wanted.
    public var target: Int

    public init(id: String, when: Expression, target: Int) {
        self.id = id
        self.when = when
        self.target = target
    }
}

/// A variable computed from answers and attributes, re-evaluated after each answer. Computed variables may
/// refer to earlier computed variables, never to themselves or later ones (cycles are errors).
public struct ComputedVariable: Sendable, Hashable {
    public var id: String
    public var expression: Expression

    public init(id: String, expression: Expression) {
        self.id = id
        self.expression = expression
    }
}

/// A respondent attribute the survey expects from the sample or roster (age, region, interviewer, ...).
public struct AttributeDefinition: Sendable, Hashable {
    public var id: String
    public var type: AttributeType
    public var label: LocalizedText?
    /// Whether the attribute is personal data (name, phone): kept out of messages and flagged in exports.
    public var personal: Bool

    public init(id: String, type: AttributeType, label: LocalizedText? = nil, personal: Bool = false) {
        self.id = id
        self.type = type
        self.label = label
        self.personal = personal
    }
}

/// The value type of a respondent attribute.
public enum AttributeType: String, Sendable, Hashable, Codable, CaseIterable {
    case number, text, date, bool
}

/// Population margins for weighting, declared in the survey: inline targets or a margins file.
public struct WeightingSpec: Sendable, Hashable {
    /// A CSV (`variable,level,target`) or JSON margins file, relative to the survey file.
    public var marginsFile: String?
    /// Inline targets; counts, or shares when a variable's targets sum to 1.
    public var margins: [MarginTarget]

    public init(marginsFile: String? = nil, margins: [MarginTarget] = []) {
        self.marginsFile = marginsFile
        self.margins = margins
    }
}

/// One population target: the count (or share) of `level` of `variable`.
public struct MarginTarget: Sendable, Hashable {
    public var variable: String
    public var level: String
    public var target: Double

    public init(variable: String, level: String, target: Double) {
        self.variable = variable
        self.level = level
        self.target = target
    }
}
