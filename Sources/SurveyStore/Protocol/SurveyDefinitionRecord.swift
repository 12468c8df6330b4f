import Foundation
import SurveyModel

/// A survey definition as registered in a store: identity, content hash and the canonical JSON text.
///
/// Responses refer to a definition by survey id and version; the JSON text lets a later reader rebuild the
/// exact survey a response was collected with, even after the survey file has changed.
public struct SurveyDefinitionRecord: Sendable, Hashable {
    public var surveyID: String
    public var version: SemanticVersion
    /// The content hash (hex SHA-256 of the canonical JSON), used to detect a changed definition.
    public var hash: String
    /// The canonical JSON text of the definition.
    public var json: String
    /// When the definition was first registered (set by the store; ignored on registration).
    public var registeredAt: Date

    public init(surveyID: String, version: SemanticVersion, hash: String, json: String, registeredAt: Date = Date()) {
        self.surveyID = surveyID
        self.version = version
        self.hash = hash
        self.json = json
        self.registeredAt = registeredAt
    }
}
