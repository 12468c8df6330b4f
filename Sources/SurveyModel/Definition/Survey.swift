/// A survey definition (or a focus-group discussion guide): the single in-memory model that the XML and JSON
/// files describe, and that interviews, statistics and reports work from.
///
/// A `Survey` is a plain value: it holds no source positions (those live in the parser's source map), so two
/// surveys read from an XML file and from its JSON conversion compare equal.
public struct Survey: Sendable, Hashable {
    /// The survey's stable identifier (letters, digits, `_`, `-`, `.`); also names the default store file.
    public var id: String
    /// The definition's semantic version (`MAJOR.MINOR.PATCH`). Every response keeps the version it used.
    public var version: SemanticVersion
    /// Whether this is a questionnaire or a focus-group discussion guide.
    public var kind: SurveyKind
    public var title: LocalizedText
    public var description: LocalizedText?
    /// The language of every `LocalizedText.text` in this survey (BCP 47 tag).
    public var defaultLanguage: String
    /// The other languages the survey is translated into (without the default language).
    public var translations: [String]
    /// Respondent attributes the survey expects (from the sample or the roster): usable in expressions.
    public var attributes: [AttributeDefinition]
    /// Shared option lists, referenced by questions with `OptionSource.list`.
    public var optionLists: [OptionList]
    /// Computed variables, evaluated in declaration order after each answer.
    public var computed: [ComputedVariable]
    /// The sections in order; questions live inside sections.
    public var sections: [Section]
    /// Named respondent segments, usable in conditions, quotas and analysis.
    public var segments: [Segment]
    public var quotas: [Quota]
    /// Population margins for weighting, if the survey declares them.
    public var weighting: WeightingSpec?
    /// Codes stored for "don't know" and "refused" answers (also the user-missing values in exports).
    public var specialCodes: SpecialCodes
    /// Free-form metadata (author, client, fieldwork notes), exported with the codebook.
    public var metadata: [String: String]
    /// Consistency rules every response should satisfy (checked by `voc quality`, never during the interview).
    public var consistencyRules: [ConsistencyRule]
    /// How web pages group a section's items unless the section says otherwise (default one question per page).
    public var page: PageLayout = .question

    public init(
        id: String,
        version: SemanticVersion = SemanticVersion(1, 0, 0),
        kind: SurveyKind = .survey,
        title: LocalizedText,
        description: LocalizedText? = nil,
        defaultLanguage: String = "en",
        translations: [String] = [],
        attributes: [AttributeDefinition] = [],
        optionLists: [OptionList] = [],
        computed: [ComputedVariable] = [],
        sections: [Section] = [],
        segments: [Segment] = [],
        quotas: [Quota] = [],
        weighting: WeightingSpec? = nil,
        specialCodes: SpecialCodes = SpecialCodes(),
        metadata: [String: String] = [:],
        consistencyRules: [ConsistencyRule] = []
    ) {
        self.id = id
        self.version = version
        self.kind = kind
        self.title = title
        self.description = description
        self.defaultLanguage = defaultLanguage
        self.translations = translations
        self.attributes = attributes
        self.optionLists = optionLists
        self.computed = computed
        self.sections = sections
        self.segments = segments
        self.quotas = quotas
        self.weighting = weighting
        self.specialCodes = specialCodes
        self.metadata = metadata
        self.consistencyRules = consistencyRules
    }
}
