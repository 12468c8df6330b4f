import Foundation
import SurveyModel
import SurveyParser
import SurveyStore

/// The survey versions an import may refer to: the survey given on the command line plus every version of it
/// registered in the store (rebuilt from the stored canonical JSON).
public struct ImportSurveys: Sendable {
    /// The survey given by the user; rows without a `survey_version` use its version.
    public let current: Survey
    let byVersion: [SemanticVersion: Survey]

    public init(current: Survey, others: [Survey] = []) {
        self.current = current
        var byVersion: [SemanticVersion: Survey] = [:]
        for survey in others where survey.id == current.id { byVersion[survey.version] = survey }
        byVersion[current.version] = current
        self.byVersion = byVersion
    }

    /// Registers `survey` in `store` (idempotent; throws `StoreError.definitionConflict` when the same version was
    /// registered with different content) and loads the other registered versions.
    public static func prepare(survey: Survey, store: any ResponseStore) async throws -> ImportSurveys {
        let json = SurveyWriter.json(survey)
        try await store.registerSurvey(
            SurveyDefinitionRecord(
                surveyID: survey.id, version: survey.version, hash: SurveyHash.sha256(survey), json: json))
        var others: [Survey] = []
        for record in try await store.surveyDefinitions(surveyID: survey.id) where record.version != survey.version {
            if let other = SurveyLoader.load(text: record.json, path: "<store>", format: .json).survey {
                others.append(other)
            }
        }
        return ImportSurveys(current: survey, others: others)
    }

    /// The survey of `version`, or nil when it is not registered.
    public func survey(_ version: SemanticVersion) -> Survey? { byVersion[version] }
}
