import ArgumentParser
import Foundation
import SurveyModel
import SurveyParser
import SurveyStore

/// Shared steps of the collection subcommands: loading a survey file and opening its store, with errors printed
/// the way the CLI prints them (to stderr, `file:line:column: error: …`) and a non-zero exit.
enum CollectionCLI {
    /// The survey in `path`; prints warnings, and on errors prints them all and exits with status 1.
    static func loadSurvey(_ path: String) throws -> Survey {
        let document = SurveyLoader.load(contentsOf: path)
        if !document.diagnostics.isEmpty { printError(document.rendered()) }
        guard let survey = document.survey, !document.hasErrors else { throw ExitCode(1) }
        return survey
    }

    /// Opens (creating if needed) the store at `path` (an SQLite file or a `postgres://` URL), or the default
    /// SQLite store beside the survey file.
    static func openStore(_ path: String?, surveyFile: String, survey: Survey) async throws -> any ResponseStore {
        let resolved = path ?? SQLiteStore.defaultPath(surveyFile: surveyFile, surveyID: survey.id)
        do {
            return try await StoreOpener.open(resolved)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }

    /// Writes `text` and a newline to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The message for an error: store errors already name the store and say `error:`.
    static func message(_ error: any Error) -> String {
        if let error = error as? StoreError { return error.description }
        return "error: \(error)"
    }

    /// The survey definition a stored response was collected with: the file's survey when the versions match,
    /// otherwise the definition registered in the store for the response's version.
    /// - Throws: `StoreError.unknownResponse` or `.unknownSurveyVersion`, or exits when the stored definition no
    ///   longer loads.
    static func definition(for responseID: String, store: any ResponseStore, file survey: Survey) async throws -> Survey
    {
        guard let stored = try await store.response(id: responseID) else {
            throw StoreError.unknownResponse(id: responseID)
        }
        let response = stored.response
        if response.surveyID == survey.id && response.surveyVersion == survey.version { return survey }
        guard
            let record = try await store.surveyDefinition(surveyID: response.surveyID, version: response.surveyVersion)
        else { throw StoreError.unknownSurveyVersion(surveyID: response.surveyID, version: response.surveyVersion) }
        let document = SurveyLoader.load(
            text: record.json, path: "store#\(response.surveyID)@\(response.surveyVersion)", format: .json)
        guard let stored = document.survey, !document.hasErrors else {
            printError(document.rendered())
            throw ExitCode(1)
        }
        printError(
            "note: resuming with survey '\(response.surveyID)' version \(response.surveyVersion) as stored "
                + "(the file has version \(survey.version))")
        return stored
    }
}
