public import SurveyAnalysis
import SurveyModel

extension StoredStudy {
    /// The export dataset of the completes (or of every response with `includePartial`), with the study's weight.
    public func dataset(includePartial: Bool = false, options: ExportOptions = ExportOptions()) -> ExportDataset {
        let rows = includePartial ? responses : responses.filter { $0.status == .complete }
        var dataset = ExportDataset(
            survey: survey, responses: rows, respondents: respondents, weight: weight,
            options: options)
        dataset.interviewers = interviewers
        dataset.modes = modes
        dataset.completedAt = completedAt
        return dataset
    }
}
