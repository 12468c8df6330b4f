public import SurveyModel
import SurveyParser
public import SurveyStore

/// What the coding and analysis commands share: the store, the codebook, the open texts and their codes.
public struct CodingData: Sendable {
    public var store: any ResponseStore & FocusGroupStore
    public var codebook: SurveyModel.Codebook?
    public var texts: [CodingText]

    /// Loads the texts of `store` (transcript turns and why answers), to be coded with `codebook`.
    /// - Throws: the store's errors.
    public static func load(
        store: any ResponseStore & FocusGroupStore, codebook: SurveyModel.Codebook?
    ) async throws -> CodingData {
        let texts = try await CodingTextLoader.load(from: store)
        return CodingData(store: store, codebook: codebook, texts: texts)
    }

    /// The texts `codebook` codes: transcript turns, and why answers of probes that name this codebook (or
    /// none). A probe with `codebook="other"` is left to that codebook, so coding a store with one codebook per
    /// probe never overwrites another probe's codes.
    public func texts(for codebook: SurveyModel.Codebook) async throws -> [CodingText] {
        var probeCodebooks: [String: [String: String?]] = [:]  // survey id → probe id → codebook id
        let records = try await store.surveyDefinitions(surveyID: nil)
        let newest = Dictionary(grouping: records, by: \.surveyID).compactMap {
            $0.value.max { $0.version < $1.version }
        }
        for record in newest {
            let document = SurveyLoader.load(text: record.json, path: "<store>", format: .json)
            guard let survey = document.survey else { continue }
            probeCodebooks[record.surveyID] = Dictionary(
                survey.whyProbes.map { ($0.id, $0.codebook) }, uniquingKeysWith: { first, _ in first })
        }
        return texts.filter { text in
            guard case .why(_, let probeID, _, _) = text.unit, let surveyID = text.surveyID,
                let named = probeCodebooks[surveyID]?[probeID], let named
            else { return true }
            return named == codebook.id
        }
    }

    /// Loads a codebook, failing with every diagnostic rendered.
    /// - Throws: `StudyError` with every diagnostic, compiler-style.
    public static func loadCodebook(_ path: String) throws -> SurveyModel.Codebook {
        let document = CodebookLoader.load(contentsOf: path)
        guard let codebook = document.codebook, !document.hasErrors else { throw StudyError(document.rendered()) }
        return codebook
    }

    /// Each unit's codes by `coder`; without a coder, the union of every coder's codes and the inline `#code` tags.
    public func codes(coder: String?) async throws -> [CodingUnit: [String]] {
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
    public func reportCodes(_ codes: [CodingUnit: [String]]) -> [String] {
        codebook?.codes.map(\.id) ?? Set(codes.values.joined()).sorted()
    }
}
