import Foundation
public import SurveyModel
import SurveyStore

/// The one entry point behind `voc quality STORE`: judges a store's complete responses and saves the run.
public enum QualityStudy {
    /// Opens the store at `path`, chooses the survey (`StudyStore`'s rule), judges every complete response of its
    /// newest version's survey id and, unless `saveAs` is nil, saves the run under that name (replacing a run of
    /// the same name). Responses themselves are never changed.
    /// - Throws: `StudyError` for a store that cannot be opened or an ambiguous or unknown survey; store errors.
    public static func run(
        path: String, surveyID: String?, settings: QualitySettings, saveAs: String?
    ) async throws -> (survey: Survey, assessment: QualityAssessment) {
        try await run(path: path, surveyID: surveyID, settings: settings, saveAs: saveAs) { ($0, $1) }
    }

    /// As `run(path:surveyID:settings:saveAs:)`, returning what `render` makes of the survey and the assessment
    /// (e.g. the text a command prints). `render` runs while the run is being saved, so writing to the store and
    /// preparing the output overlap; when saving fails, the error is thrown and the rendering is discarded.
    public static func run<Output: Sendable>(
        path: String, surveyID: String?, settings: QualitySettings, saveAs: String?,
        render: @escaping @Sendable (Survey, QualityAssessment) -> Output
    ) async throws -> Output {
        let store = try await StudyStore.open(path, mustExist: true)
        let survey = try await StudyStore.survey(in: store, path: path, requested: surveyID)
        let assessment = try await QualityAssessor.assess(store: store, survey: survey, settings: settings)
        guard let saveAs else { return render(survey, assessment) }
        async let rendered = render(survey, assessment)
        try await store.saveQualityRun(assessment.run(name: saveAs))
        return await rendered
    }
}

extension QualitySummary {
    /// The summary stored as a run's report JSON, or nil when it cannot be read.
    public static func decoded(_ json: String) -> QualitySummary? {
        try? JSONDecoder().decode(QualitySummary.self, from: Data(json.utf8))
    }
}
