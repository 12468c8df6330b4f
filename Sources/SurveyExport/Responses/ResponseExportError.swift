import SurveyModel

/// Why an export could not start.
public enum ResponseExportError: Error, Sendable, Hashable, CustomStringConvertible {
    case noSurvey
    case ambiguousSurvey([String])
    case unreadableDefinition(String, SemanticVersion)
    case unknownQualityRun(String, [String])

    public var description: String {
        switch self {
        case .noSurvey: "error: the store holds no survey definition with that id"
        case .ambiguousSurvey(let ids):
            "error: the store holds several surveys (\(ids.joined(separator: ", "))); name one with --survey"
        case .unreadableDefinition(let id, let version):
            "error: the stored definition of '\(id)' \(version) cannot be read"
        case .unknownQualityRun(let name, let known):
            "error: no quality run '\(name)' (run voc quality first); quality runs in the store: "
                + (known.isEmpty ? "none" : known.joined(separator: ", "))
        }
    }
}
