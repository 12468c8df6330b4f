public import SurveyModel

/// Failures of a recorder that are not storage errors.
public enum InterviewRecorderError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownResponse(String)
    case finished(String)
    /// The response belongs to another survey, or was collected with another version of it.
    case otherSurvey(responseID: String, surveyID: String, version: SemanticVersion)

    public var description: String {
        switch self {
        case .unknownResponse(let id): "no response with id '\(id)' in the store"
        case .finished(let id): "response '\(id)' has already finished; it cannot be resumed"
        case .otherSurvey(let id, let surveyID, let version):
            "response '\(id)' was collected with survey '\(surveyID)' version \(version); resume it with that definition"
        }
    }
}
