import ArgumentParser
import Foundation
import SurveyAnalysis
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
            return try await StudyStore.open(resolved, mustExist: false)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }

    /// Writes `text` and a newline to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The message for an error (`CommandFailure.message(for:)`: a location once, `error:` where missing).
    static func message(_ error: any Error) -> String {
        CommandFailure.message(for: error)
    }
}
