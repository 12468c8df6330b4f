import Foundation
public import SurveyModel
import SurveyParser
public import SurveyStatistics
public import SurveyStore

/// What `voc status` reports: cases by disposition, AAPOR outcome rates overall and by interviewer, quotas, and the
/// stored quality runs.
///
/// Cases are counted by `ResponseStore.dispositionCounts` (one final disposition per case), with interviews left
/// unfinished for `AbandonmentRule.after` (default 24 hours) classified as partial interviews (1.2) or break-offs
/// (2.12) by the share of their on-route questions answered (`AbandonedInterviews`, default 50%). Pending cases
/// (never attempted, or an interview still in progress and not yet abandoned: code 0.0) are shown but left out of
/// the rates, which are computed by `AAPORRates` (SurveyStatistics) from the outcome groups I, P, R, NC, O, UH, UO
/// and NE.
public struct FieldworkStatus: Sendable {
    public var surveyID: String
    public var version: SemanticVersion?
    public var responses: [ResponseStatus: Int]
    /// Responses by collection mode (`cati`, `cawi`, `import`, ...; "" when not recorded) and status.
    public var responsesByMode: [String: [ResponseStatus: Int]] = [:]
    public var dispositions: [DispositionCount]
    public var quotas: [(id: String, count: Int, target: Int)]
    /// The abandoned interviews, already counted in `dispositions` as partials or break-offs.
    public var abandoned: AbandonedInterviews
    /// The stored quality runs (`voc quality`) with their summaries, by name.
    public var qualityRuns: [(run: QualityRunSummary, summary: QualitySummary?)] = []

    /// The status of the survey chosen by `StudyStore`'s rule (`surveyID`, else the only survey) in `store`, with
    /// interviews abandoned by `abandonment` at `now` classified.
    /// - Throws: `StudyError` for an ambiguous or unknown survey; the store's errors.
    public static func load(
        store: any ResponseStore, path: String, surveyID: String?, abandonment: AbandonmentRule = AbandonmentRule(),
        now: Date = Date()
    ) async throws
        -> FieldworkStatus
    {
        let id = try await StudyStore.surveyID(in: store, path: path, requested: surveyID)
        let definitions = try await store.surveyDefinitions(surveyID: id)
        let newest = definitions.filter { $0.surveyID == id }.max { $0.version < $1.version }
        let survey = newest.flatMap { SurveyLoader.load(text: $0.json, path: "<store>", format: .json).survey }
        let counts = try await store.quotaCounts(surveyID: id)
        let quotas = (survey?.quotas ?? []).map { (id: $0.id, count: counts[$0.id] ?? 0, target: $0.target) }
        let abandoned = try await AbandonedInterviews.find(
            in: store, surveyID: id, definitions: definitions, rule: abandonment, now: now)
        return FieldworkStatus(
            surveyID: id, version: newest?.version, responses: try await store.responseCounts(surveyID: id),
            responsesByMode: try await store.responseCountsByMode(surveyID: id),
            dispositions: abandoned.applied(to: try await store.dispositionCounts(surveyID: id)), quotas: quotas,
            abandoned: abandoned,
            qualityRuns: try await store.qualityRuns(surveyID: id).map { ($0, QualitySummary.decoded($0.reportJSON)) })
    }

    /// Interviewers with at least one case, sorted.
    public var interviewers: [String] { Set(dispositions.compactMap(\.interviewer)).sorted() }

    /// Case counts by disposition code (all interviewers).
    public var byDisposition: [(DispositionCode, Int)] {
        var totals: [DispositionCode: Int] = [:]
        for count in dispositions { totals[count.disposition, default: 0] += count.count }
        return totals.sorted { $0.key.rawValue < $1.key.rawValue }
    }

    /// Pending cases (code 0.0), for `interviewer` or all when nil.
    public func pending(interviewer: String?) -> Int {
        dispositions.filter {
            $0.disposition.group == .pending && (interviewer == nil || $0.interviewer == interviewer)
        }
        .reduce(0) { $0 + $1.count }
    }

    /// The outcome-group counts for AAPOR rates, for `interviewer` or all when nil.
    public func rates(interviewer: String?) -> AAPORRates {
        var groups: [DispositionGroup: Double] = [:]
        for count in dispositions where interviewer == nil || count.interviewer == interviewer {
            groups[count.disposition.group, default: 0] += Double(count.count)
        }
        return AAPORRates(
            i: groups[.interview] ?? 0, p: groups[.partial] ?? 0, r: groups[.refusal] ?? 0,
            nc: groups[.nonContact] ?? 0,
            o: groups[.otherEligible] ?? 0, uh: groups[.unknownHousehold] ?? 0, uo: groups[.unknownOther] ?? 0,
            ne: groups[.notEligible] ?? 0)
    }

    /// The named rates in report order.
    public static func namedRates(_ rates: AAPORRates, e: Double) -> [(String, Double)] {
        [
            ("RR1", rates.rr1), ("RR2", rates.rr2), ("RR3", rates.rr3(e: e)), ("RR4", rates.rr4(e: e)),
            ("RR5", rates.rr5), ("RR6", rates.rr6), ("COOP1", rates.coop1), ("COOP2", rates.coop2),
            ("COOP3", rates.coop3), ("COOP4", rates.coop4), ("REF1", rates.ref1), ("REF2", rates.ref2(e: e)),
            ("REF3", rates.ref3), ("CON1", rates.con1), ("CON2", rates.con2(e: e)), ("CON3", rates.con3),
        ]
    }

    /// The outcome-group counts in report order.
    public static func groups(_ rates: AAPORRates) -> [(String, Double)] {
        [
            ("I", rates.i), ("P", rates.p), ("R", rates.r), ("NC", rates.nc), ("O", rates.o), ("UH", rates.uh),
            ("UO", rates.uo), ("NE", rates.ne),
        ]
    }
}
