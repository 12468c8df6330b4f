import Foundation
import SurveyModel

/// What a store needs to open a new interview (see `ResponseStore.createResponse`).
public struct ResponseStart: Sendable, Hashable {
    public var id: String
    public var respondentID: String
    public var surveyID: String
    /// The registered definition version the interview uses.
    public var surveyVersion: SemanticVersion
    /// The per-respondent randomization seed (stored, so a replay shows the same order).
    public var seed: UInt64
    public var interviewer: String?
    /// The collection mode, e.g. `cati`, `capi`, `script`, `import`, `simulate`.
    public var mode: String?
    /// The language the interview is conducted in (a translation tag of the survey; nil: its default language),
    /// stored so that a resumed interview continues in it.
    public var language: String?
    public var startedAt: Date

    public init(
        id: String, respondentID: String, surveyID: String, surveyVersion: SemanticVersion, seed: UInt64,
        interviewer: String? = nil, mode: String? = nil, language: String? = nil, startedAt: Date = Date()
    ) {
        self.id = id
        self.respondentID = respondentID
        self.surveyID = surveyID
        self.surveyVersion = surveyVersion
        self.seed = seed
        self.interviewer = interviewer
        self.mode = mode
        self.language = language
        self.startedAt = startedAt
    }
}
