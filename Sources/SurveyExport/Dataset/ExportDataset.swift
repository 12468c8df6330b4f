public import SurveyModel

/// The data an exporter writes: a survey, its responses and what goes beside them (respondent attributes,
/// a weight, the why answers).
///
/// Every response becomes one row, in the order given; filter the responses (e.g. to completes) before building
/// the dataset. Column order and naming are described by `ExportLayout`.
public struct ExportDataset: Sendable {
    public var survey: Survey
    public var responses: [Response]
    /// Sample or roster records by respondent id; their attributes become columns for the survey's declared
    /// `attributes`. Responses whose respondent is missing here get empty attribute cells.
    public var respondents: [String: Respondent]
    /// A weight column, if the data are weighted.
    public var weight: ExportWeight?
    public var options: ExportOptions

    public init(
        survey: Survey, responses: [Response], respondents: [String: Respondent] = [:], weight: ExportWeight? = nil,
        options: ExportOptions = ExportOptions()
    ) {
        self.survey = survey
        self.responses = responses
        self.respondents = respondents
        self.weight = weight
        self.options = options
    }
}

/// One weight per response (e.g. a raked weight set), written as a numeric column after the survey variables.
public struct ExportWeight: Sendable, Hashable {
    /// The weight set's name (e.g. `raked`); the column is named `weight` unless `columnName` says otherwise.
    public var name: String
    /// The column name in the exported file (default `weight`).
    public var columnName: String
    /// Weights by response id; responses without a weight get a missing value.
    public var values: [String: Double]

    public init(name: String, columnName: String = "weight", values: [String: Double]) {
        self.name = name
        self.columnName = columnName
        self.values = values
    }
}

/// Choices about what an export contains.
public struct ExportOptions: Sendable, Hashable {
    /// Whether variables flagged as personal data (question or attribute `personal`) are written (default false:
    /// they are left out, so a file handed to a client carries no e-mails or phone numbers).
    public var includePersonal: Bool
    /// Whether why answers are written as string variables, one per probe, option and ladder level (default true).
    public var includeWhy: Bool

    public init(includePersonal: Bool = false, includeWhy: Bool = true) {
        self.includePersonal = includePersonal
        self.includeWhy = includeWhy
    }
}
