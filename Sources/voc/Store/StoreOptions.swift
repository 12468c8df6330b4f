import ArgumentParser
import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStore

/// The response store a command works on: `--store PATH`, else `<survey-id>.voc.sqlite` beside the survey file.
///
/// Commands that take a positional `STORE` accept either a store file or a survey file (`.xml`, `.json`: its
/// default store). `--busy-timeout` sets how long a write waits for another process holding the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The response store: an SQLite file, or postgres://USER@HOST:PORT/DB[?sslmode=require]; default: "
                + "<survey-id>.voc.sqlite beside the survey.", valueName: "PATH"))
    var store: String?

    @Option(
        name: .customLong("busy-timeout"),
        help: ArgumentHelp(
            "Seconds to wait for another process writing the store before failing.", valueName: "SECONDS"))
    var busyTimeout: Double = 5

    func validate() throws {
        if let store, store.isEmpty { throw ValidationError("--store must not be empty") }
        if !(busyTimeout >= 0) { throw ValidationError("--busy-timeout must be zero or more seconds") }
    }

    /// Throws a validation error when `--store` is not given (commands on focus-group sessions have no survey file
    /// to find a default store beside).
    func requireStore() throws {
        if store == nil { throw ValidationError("--store is required") }
    }

    /// The store path for `survey` read from `surveyFile`.
    func path(surveyFile: String, survey: Survey) -> String {
        store ?? SQLiteStore.defaultPath(surveyFile: surveyFile, surveyID: survey.id)
    }

    /// The store path for a positional `STORE` argument that may also name a survey file, and that survey.
    func resolve(target: String) throws -> (path: String, survey: Survey?) {
        guard SurveyFormat(path: target) != nil else { return (store ?? target, nil) }
        let survey = try SurveyFile.load(target)
        return (path(surveyFile: target, survey: survey), survey)
    }

    /// The study a positional `STORE` names (a store, or a survey file for its default store): survey `surveyID`
    /// (else the survey file's, else the store's only survey), with `weightSet` attached; the open store and its
    /// path.
    func openStudy(
        target: String, surveyID: String?, weightSet: String?
    ) async throws -> (study: StoredStudy, store: any ResponseStore, path: String) {
        let (path, surveyFromFile) = try resolve(target: target)
        let (study, store) = try await StoredStudy.open(
            path: path, surveyID: surveyID ?? surveyFromFile?.id, weightSet: weightSet, timeout: busyTimeout)
        return (study, store, path)
    }

    /// The store a coding command names (`--store`, else the positional `target`) with its texts, and the codebook
    /// at `codebook` (loaded first: its diagnostics come before any store error).
    func openCoding(target: String, codebook: String?) async throws -> CodingData {
        let loaded = try codebook.map(CodingData.loadCodebook)
        return try await CodingData.load(
            store: try await openFocusStore(store ?? target, mustExist: true), codebook: loaded)
    }

    /// Opens the store at `path` (a file, or a `postgres://` URL: see `StoreOpener`); with `mustExist`, a missing
    /// file is an error instead of a new, empty store.
    func open(_ path: String, mustExist: Bool) async throws -> any ResponseStore {
        try await StudyStore.open(path, mustExist: mustExist, timeout: busyTimeout)
    }

    /// Opens the store at `path` for commands that need focus-group sessions or codings (`FocusGroupStore`):
    /// an SQLite file or a PostgreSQL database, like `open`.
    func openFocusStore(_ path: String, mustExist: Bool) async throws -> any ResponseStore & FocusGroupStore {
        let store = try await open(path, mustExist: mustExist)
        guard let focus = store as? any ResponseStore & FocusGroupStore else {
            throw CommandFailure("\(StoreOpener.displayName(path)): error: this store cannot hold focus-group sessions")
        }
        return focus
    }
}
