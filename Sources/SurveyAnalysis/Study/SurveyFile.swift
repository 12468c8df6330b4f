public import SurveyModel
import SurveyParser

/// Survey definition files for a study.
public enum SurveyFile {
    /// Loads the survey at `path`.
    /// - Throws: `StudyError` with every diagnostic, rendered compiler-style, when the file has errors.
    public static func load(_ path: String) throws -> Survey {
        let document = SurveyLoader.load(contentsOf: path)
        guard let survey = document.survey, !document.hasErrors else { throw StudyError(document.rendered()) }
        return survey
    }
}
