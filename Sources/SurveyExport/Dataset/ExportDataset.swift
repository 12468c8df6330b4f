public import Foundation
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
    /// Interviewer, mode of collection and completion time by response id (absent: none recorded).
    public var interviewers: [String: String] = [:]
    public var modes: [String: String] = [:]
    public var completedAt: [String: Date] = [:]

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
