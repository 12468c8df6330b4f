import Foundation
import SurveyAnalysis
import SurveyCollector
import SurveyExport
import SurveyModel
import SurveyStore

/// Where `voc report` and `voc export --format sav|sss` read a study from: a store, or a data file imported
/// (and checked) into a temporary store that is removed afterwards.
enum StudySource {
    static func load(
        target: String, data: String?, storeOptions: StoreOptions, surveyID: String?,
        weightSet: String?
    ) async throws -> StoredStudy {
        guard let data else {
            let (path, surveyFromFile) = try storeOptions.resolve(target: target)
            let store = try await storeOptions.open(path, mustExist: true)
            return try await StoredStudy.load(
                store: store, surveyID: surveyID ?? surveyFromFile?.id,
                weightSet: weightSet)
        }
        let survey = try SurveyFile.load(target)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("data.voc.sqlite").path)
        let importer = ResponseImporter(
            store: store,
            surveys: try await ImportSurveys.prepare(
                survey: survey,
                store: store))
        let report = try await importer.importFile(data, allOrNothing: false)
        if !report.diagnostics.isEmpty {
            throw CommandFailure(report.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return try await StoredStudy.load(store: store, surveyID: survey.id, weightSet: weightSet)
    }
}
