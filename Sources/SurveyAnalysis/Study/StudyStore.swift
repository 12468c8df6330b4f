import Foundation
public import SurveyModel
import SurveyParser
public import SurveyStore

/// Opening a study's store and choosing its survey: the one rule every command follows.
///
/// A store may hold several surveys (each in several versions). A command names one with a survey id (or a survey
/// file, whose id it takes); without one, a store holding exactly one survey uses it, and a store holding several
/// is refused with the list, never guessed. The newest registered version of the chosen survey is used.
public enum StudyStore {
    /// Opens the store at `path` (an SQLite file or a `postgres://` URL; see `StoreOpener`). With `mustExist`, a
    /// missing file is an error instead of a new, empty store. `timeout` is how long a write waits for another
    /// process holding the store.
    /// - Throws: `StudyError` naming the store (never its password).
    public static func open(_ path: String, mustExist: Bool, timeout: Double = 5) async throws -> any ResponseStore {
        if mustExist && !StoreOpener.isServerLocation(path) && !FileManager.default.fileExists(atPath: path) {
            throw StudyError("\(path): error: no store at this path")
        }
        do {
            return try await StoreOpener.open(path, timeout: timeout)
        } catch {
            throw StudyError("\(error)")
        }
    }

    /// The survey id to use in `store`: `surveyID` when given (it must be registered), else the only survey.
    /// - Throws: `StudyError` when the store holds no survey, not the named one, or several and none was named.
    public static func surveyID(
        in store: any ResponseStore, path: String, requested surveyID: String?
    ) async throws
        -> String
    {
        let shown = StoreOpener.displayName(path)
        let ids = Set(try await store.surveyDefinitions(surveyID: nil).map(\.surveyID)).sorted()
        if let surveyID {
            guard ids.contains(surveyID) else {
                throw StudyError(
                    "\(shown): error: the store holds no survey '\(surveyID)'; surveys in the store: "
                        + (ids.isEmpty ? "none" : ids.joined(separator: ", ")))
            }
            return surveyID
        }
        switch ids.count {
        case 0:
            throw StudyError("\(shown): error: the store holds no survey definition yet (import or interview first)")
        case 1: return ids[0]
        default:
            throw StudyError(
                "\(shown): error: the store holds several surveys (\(ids.joined(separator: ", "))); name one with --survey"
            )
        }
    }

    /// The newest registered version of the survey chosen by `surveyID(in:path:requested:)`.
    /// - Throws: `StudyError` as that does, or for a stored definition that cannot be read.
    public static func survey(
        in store: any ResponseStore, path: String, requested surveyID: String?
    ) async throws
        -> Survey
    {
        let id = try await Self.surveyID(in: store, path: path, requested: surveyID)
        let shown = StoreOpener.displayName(path)
        guard let newest = try await store.surveyDefinitions(surveyID: id).max(by: { $0.version < $1.version }) else {
            throw StudyError("\(shown): error: the store holds no survey '\(id)'")
        }
        let document = SurveyLoader.load(text: newest.json, path: "\(shown):\(newest.surveyID)", format: .json)
        guard let survey = document.survey, !document.hasErrors else { throw StudyError(document.rendered()) }
        return survey
    }
}
