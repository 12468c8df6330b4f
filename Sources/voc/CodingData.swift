import Foundation
import SurveyCollector
import SurveyModel
import SurveyParser
import SurveyStore

/// What the coding and analysis commands share: the store, the codebook, the open texts and their codes.
struct CodingData {
    var store: SQLiteStore
    var codebook: SurveyModel.Codebook?
    var texts: [CodingText]

    /// Opens the store at `path` (it must exist), loads `codebookPath` (all diagnostics on error) and the texts.
    static func load(storePath: String, codebookPath: String?, options: StoreOptions) async throws -> CodingData {
        let codebook = try codebookPath.map(loadCodebook)
        let store = try options.openSQLite(storePath, mustExist: true)
        let texts = try await CodingTextLoader.load(from: store)
        return CodingData(store: store, codebook: codebook, texts: texts)
    }

    /// Loads a codebook, failing with every diagnostic rendered.
    static func loadCodebook(_ path: String) throws -> SurveyModel.Codebook {
        let document = CodebookLoader.load(contentsOf: path)
        guard let codebook = document.codebook, !document.hasErrors else { throw CommandFailure(document.rendered()) }
        return codebook
    }

    /// Each unit's codes by `coder`; without a coder, the union of every coder's codes and the inline `#code` tags.
    func codes(coder: String?) async throws -> [CodingUnit: [String]] {
        var result: [CodingUnit: [String]] = [:]
        for coding in try await store.codings(coder: coder) {
            for code in coding.codes where !result[coding.unit, default: []].contains(code) {
                result[coding.unit, default: []].append(code)
            }
            if coding.codes.isEmpty, result[coding.unit] == nil { result[coding.unit] = [] }
        }
        if coder == nil {
            for text in texts where !text.inlineCodes.isEmpty {
                for code in text.inlineCodes where !result[text.unit, default: []].contains(code) {
                    result[text.unit, default: []].append(code)
                }
            }
        }
        return result
    }

    /// The codes to report: the codebook's, else every code used, sorted.
    func reportCodes(_ codes: [CodingUnit: [String]]) -> [String] {
        codebook?.codes.map(\.id) ?? Set(codes.values.joined()).sorted()
    }
}
