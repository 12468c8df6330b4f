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
        let store = try await StudyStore.open(path, mustExist: true)
        let survey = try await StudyStore.survey(in: store, path: path, requested: surveyID)
        let assessment = try await QualityAssessor.assess(store: store, survey: survey, settings: settings)
        if let saveAs { try await store.saveQualityRun(assessment.run(name: saveAs)) }
        return (survey, assessment)
    }
}

extension QualitySummary {
    /// The summary stored as a run's report JSON, or nil when it cannot be read.
    public static func decoded(_ json: String) -> QualitySummary? {
        try? JSONDecoder().decode(QualitySummary.self, from: Data(json.utf8))
    }
}
