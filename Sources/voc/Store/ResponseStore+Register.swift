import SurveyModel
import SurveyParser
import SurveyStore

extension ResponseStore {
    /// Registers `survey` (canonical JSON and hash), as every command that is given a survey file does.
    func register(_ survey: Survey) async throws {
        try await registerSurvey(
            SurveyDefinitionRecord(
                surveyID: survey.id, version: survey.version, hash: SurveyHash.sha256(survey),
                json: SurveyWriter.json(survey)))
    }
}
