public import SurveyModel

/// One column of an exported data file: its name in the file, label, storage, measure, value labels and the
/// codes that are user-missing.
public struct ExportColumn: Sendable, Hashable {
    /// How the values are stored.
    public enum Storage: Sendable, Hashable {
        /// Numbers, with `decimals` digits after the point in the display format (0 for codes).
        case numeric(decimals: Int)
        /// Text of at most `width` UTF-8 bytes (at least 1).
        case string(width: Int)

        public var isNumeric: Bool { if case .numeric = self { true } else { false } }
    }

    /// Where the values come from.
    public enum Source: Sendable, Hashable {
        case responseID
        /// One of the other fixed columns of the CSV export (`ResponseColumns.fixed`: `respondent_id`, `status`,
        /// `disposition`, `survey_version`, `started_at`, `updated_at`, `completed_at`, `interviewer`, `mode`).
        case fixed(String)
        /// A respondent attribute declared by the survey.
        case attribute(String)
        /// A survey variable of the wide layout (`VariableDefinition.name`).
        case variable(String)
        /// Why answers: probe id, option code (for per-option probes) and ladder level (1-based).
        case why(probe: String, option: String?, depth: Int)
        case weight
        /// Replicate weight r (0-based) of the weight set.
        case replicateWeight(Int)
    }

    /// The name in the exported file: unique (ignoring case), valid for SPSS and Triple-S (see `ExportName`).
    public var name: String
    /// The voc name this column comes from (e.g. `q3.fast.perf`, `why_nps.d2`).
    public var sourceName: String
    public var label: String
    public var source: Source
    public var storage: Storage
    public var measure: VariableMeasure
    /// Value labels in scale or option order, including the special codes' labels when they may occur.
    public var valueLabels: [ValueLabel]
    /// Codes that mean "don't know" or "refused": user-missing values in SPSS.
    public var missingCodes: [String]
    public var personal: Bool
    /// The what question a survey variable belongs to (nil for other columns).
    public var questionID: String?

    public init(
        name: String, sourceName: String, label: String, source: Source, storage: Storage, measure: VariableMeasure,
        valueLabels: [ValueLabel] = [], missingCodes: [String] = [], personal: Bool = false, questionID: String? = nil
    ) {
        self.name = name
        self.sourceName = sourceName
        self.label = label
        self.source = source
        self.storage = storage
        self.measure = measure
        self.valueLabels = valueLabels
        self.missingCodes = missingCodes
        self.personal = personal
        self.questionID = questionID
    }
}
