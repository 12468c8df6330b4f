public import Foundation
public import SurveyModel
public import SurveyStore

/// A study read from a response store: the newest survey definition, every response, the sample records, the
/// interviewers, the coded why answers and, when asked for, one weight set.
public struct StoredStudy: Sendable {
    public var survey: Survey
    /// Every stored response of the survey (all statuses), in id order.
    public var responses: [Response]
    public var respondents: [String: Respondent]
    /// Interviewer by response id (responses without one are absent).
    public var interviewers: [String: String]
    /// Mode of collection and completion time by response id (responses without one are absent).
    public var modes: [String: String] = [:]
    public var completedAt: [String: Date] = [:]
    public var weight: ResponseWeights?
    /// The themes coders gave why answers (`voc code`, by hand or with a codebook's rules), one per response, probe,
    /// ladder step and code: the union over coders. Empty when nothing is coded or the store keeps no codings
    /// (only SQLite stores do).
    public var whyCodes: [WhyCode] = []

    /// Reads the study of `surveyID` (or the store's only survey: `StudyStore`'s rule) from `store`, which was opened
    /// at `path` (named in errors, without a password).
    /// - Parameter weightSet: the weight set to attach; nil for none.
    /// - Throws: `StudyError` for an ambiguous or unknown survey or an unknown weight set (listing the weight sets
    ///   that exist), or the store's errors.
    public static func load(
        store: any ResponseStore, path: String, surveyID: String?, weightSet: String?
    ) async throws
        -> StoredStudy
    {
        let survey = try await StudyStore.survey(in: store, path: path, requested: surveyID)
        var storedWeights: WeightSet?
        if let weightSet {
            guard let set = try await store.weightSet(name: weightSet, surveyID: survey.id) else {
                let names = try await store.weightSets(surveyID: survey.id).map(\.name).sorted()
                throw StudyError(
                    "\(StoreOpener.displayName(path)): error: unknown weight set '\(weightSet)' for survey "
                        + "\(survey.id); weight sets in the store: "
                        + (names.isEmpty ? "none (save one with voc weight)" : names.joined(separator: ", ")))
            }
            storedWeights = set
        }
        var responses: [Response] = []
        var interviewers: [String: String] = [:]
        var modes: [String: String] = [:]
        var completedAt: [String: Date] = [:]
        try await store.forEachResponsePage(ResponseQuery(surveyID: survey.id, limit: 2_000)) { page in
            for stored in page {
                responses.append(stored.response)
                if let interviewer = stored.interviewer { interviewers[stored.response.id] = interviewer }
                if let mode = stored.mode { modes[stored.response.id] = mode }
                if let completed = stored.completedAt { completedAt[stored.response.id] = completed }
            }
        }
        let respondents = try await store.respondentsByID(responses.map(\.respondentID))
        // Weight sets are keyed by respondent id; exports and reports key weights by response id.
        func byResponse<Value>(_ byRespondent: [String: Value]) -> [String: Value] {
            Dictionary(
                responses.compactMap { response in byRespondent[response.respondentID].map { (response.id, $0) } },
                uniquingKeysWith: { first, _ in first })
        }
        let weight = try storedWeights.map { set in
            ResponseWeights(
                name: set.name, values: byResponse(set.weights), replicates: byResponse(set.replicateWeights),
                replicatesNote: try WeightSetReplicates.fromReport(set.reportJSON, set: set.name)?.note)
        }
        return StoredStudy(
            survey: survey, responses: responses, respondents: respondents,
            interviewers: interviewers, modes: modes, completedAt: completedAt, weight: weight,
            whyCodes: try await whyCodes(store: store, responseIDs: Set(responses.map(\.id))))
    }

    /// The why codings of these responses, every coder's, without repeats, in (response, probe, option, step) order;
    /// within a step, codes keep the order they were coded in (the text's order for rule-coded answers), which
    /// ladders follow.
    static func whyCodes(store: any ResponseStore, responseIDs: Set<String>) async throws -> [WhyCode] {
        guard let coded = store as? any FocusGroupStore else { return [] }
        var seen = Set<WhyCode>()
        var codes: [WhyCode] = []
        for coding in try await coded.codings(coder: nil) {
            guard case .why(let responseID, let probeID, let optionCode, let depth) = coding.unit,
                responseIDs.contains(responseID)
            else { continue }
            for code in coding.codes {
                let why = WhyCode(
                    responseID: responseID, probeID: probeID, optionCode: optionCode, depth: depth, theme: code)
                if seen.insert(why).inserted { codes.append(why) }
            }
        }
        return codes.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let (kx, ky) = (
                (x.responseID, x.probeID, x.optionCode ?? "", x.depth),
                (y.responseID, y.probeID, y.optionCode ?? "", y.depth)
            )
            return kx != ky ? kx < ky : a.offset < b.offset
        }.map(\.element)
    }
}
