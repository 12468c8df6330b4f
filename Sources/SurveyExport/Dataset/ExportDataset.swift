public import SurveyModel
import SurveyAnalysis

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
    public var weight: ResponseWeights?
    public var options: ExportOptions

    public init(
        survey: Survey, responses: [Response], respondents: [String: Respondent] = [:], weight: ResponseWeights? = nil,
        options: ExportOptions = ExportOptions()
    ) {
        self.survey = survey
        self.responses = responses
        self.respondents = respondents
        self.weight = weight
        self.options = options
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
