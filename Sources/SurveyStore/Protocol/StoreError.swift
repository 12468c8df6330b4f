import SurveyModel

/// Why a store operation failed. Messages name the store and ids, never answer values.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another connection or process held the store past the busy timeout (seconds).
    case busy(store: String, timeout: Double)
    /// The store is not a valid store or is damaged; nothing was written.
    case corrupt(store: String, detail: String)
    /// The store was written by a newer version of voc (an unknown migration).
    case newerSchema(store: String)
    /// The store could not be opened or created (missing directory, permissions).
    case cannotOpen(store: String, detail: String)
    /// No definition is registered for this survey id and version.
    case unknownSurveyVersion(surveyID: String, version: SemanticVersion)
    /// The same survey id and version was registered before with different content.
    case definitionConflict(surveyID: String, version: SemanticVersion)
    case unknownResponse(id: String)
    case unknownRespondent(id: String)
    case duplicateResponse(id: String)
    /// The response is no longer in progress and cannot be changed by an interview.
    case responseClosed(id: String, status: ResponseStatus)
    /// Any other error reported by the backend.
    case backend(store: String, detail: String)

    public var description: String {
        switch self {
        case .busy(let store, let timeout):
            "\(store): error: the store is locked by another process or connection (waited \(Self.format(timeout)) s); "
                + "try again when it has finished"
        case .corrupt(let store, let detail):
            "\(store): error: not a valid voc store or the file is damaged (\(detail)); the file was not changed"
        case .newerSchema(let store):
            "\(store): error: the store was created by a newer version of voc; upgrade voc to open it"
        case .cannotOpen(let store, let detail): "\(store): error: cannot open the store (\(detail))"
        case .unknownSurveyVersion(let surveyID, let version):
            "error: survey '\(surveyID)' version \(version) is not registered in the store"
        case .definitionConflict(let surveyID, let version):
            "error: survey '\(surveyID)' version \(version) is already registered with different content; "
                + "give the changed survey a new version"
        case .unknownResponse(let id): "error: no response with id '\(id)'"
        case .unknownRespondent(let id): "error: no respondent with id '\(id)'"
        case .duplicateResponse(let id): "error: a response with id '\(id)' already exists"
        case .responseClosed(let id, let status): "error: response '\(id)' is \(status.rawValue) and cannot be changed"
        case .backend(let store, let detail): "\(store): error: \(detail)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
