import Foundation
public import SurveyModel
import SurveyCollector
import SurveyStore

extension StoredStudy {
    /// Opens the store at `path` (it must exist; an SQLite file or a `postgres://` URL) and reads the study of
    /// `surveyID` (else the store's only survey), with the weight set `weightSet` attached when given; also returns
    /// the open store, for callers that read more from it (e.g. `completesDesign`). `timeout` is how long to wait
    /// for another process writing the store.
    /// - Throws: `StudyError` (the store, the survey or the weight set), or the store's errors.
    public static func open(
        path: String, surveyID: String?, weightSet: String?, timeout: Double = 5
    ) async throws -> (study: StoredStudy, store: any ResponseStore) {
        let store = try await StudyStore.open(path, mustExist: true, timeout: timeout)
        return (try await load(store: store, path: path, surveyID: surveyID, weightSet: weightSet), store)
    }

    /// Imports `dataPath` (CSV or JSON Lines in voc's export layout) for `survey` into a temporary SQLite store,
    /// checked exactly as `voc import` checks it, and reads the study from there; the temporary store is removed
    /// afterwards. Nothing else is written.
    /// - Throws: `StudyError` with every import diagnostic (`file:row:column: error: ...`) when any row is
    ///   rejected, or the import's own errors.
    public static func importing(dataPath: String, survey: Survey) async throws -> StoredStudy {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("data.voc.sqlite").path
        let store = try SQLiteStore(path: path)
        let importer = ResponseImporter(
            store: store, surveys: try await ImportSurveys.prepare(survey: survey, store: store))
        let report = try await importer.importFile(dataPath, allOrNothing: false)
        if !report.diagnostics.isEmpty {
            throw StudyError(report.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return try await load(store: store, path: path, surveyID: survey.id, weightSet: nil)
    }

    /// The sampling design of the study's completes as read from `store` (opened at `path`, named in messages):
    /// the sample's design weights, strata and clusters, and with `weightSet` that set's calibration recipe redone
    /// (as `voc estimate --weight-set` does), so a report's standard errors equal `voc estimate`'s. Also returns
    /// the warnings met on the way (e.g. a weight set without a recipe, whose weights are taken as fixed).
    /// Completes of the respondents in `excluding` (left out by `--exclude-flagged`) are not part of the design.
    /// - Throws: `StudyError` for an unknown weight set or a design that cannot be built.
    public func completesDesign(
        store: any ResponseStore, path: String, weightSet: String?, excluding: Set<String> = []
    ) async throws -> (design: ReportDesign, warnings: [String]) {
        var recipes: WeightSetDesign?
        if let weightSet {
            recipes = try await WeightSetDesign.load(name: weightSet, store: store, surveyID: survey.id, path: path)
        }
        let frame = try StoreFrameReader.frame(
            survey: survey,
            completes: responses.filter { $0.status == .complete && !excluding.contains($0.respondentID) },
            respondents: respondents, weightSet: weightSet, weightSetDesign: recipes, path: path
        ) { _ in [] }
        return (ReportDesign(responseIDs: frame.responseIDs, design: frame.design), frame.warnings)
    }
}
