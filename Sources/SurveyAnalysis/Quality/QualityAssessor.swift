import Foundation
public import SurveyModel
public import SurveyStore

/// Judges the complete responses of one survey for data quality (`voc quality`): speeding, straightlining,
/// duplicates, open-answer quality, attention and consistency checks and item non-response, with per-interviewer
/// indicators. Responses are fed one at a time (`add`), so a store of any size is read page by page; what a
/// response shows on its own is worked out by `QualityExaminer`, and checks that compare responses with each other
/// (medians, duplicates, shared texts, contacts) run in `finish`.
///
/// Nothing is dropped or changed: the result lists flags and scores; analysis commands decide what to leave out
/// (`--exclude-flagged`). Responses without times or paradata are simply not judged on speed (see `notes`).
public struct QualityAssessor: Sendable {
    let examiner: QualityExaminer
    var survey: Survey { examiner.survey }
    var settings: QualitySettings { examiner.settings }
    var layout: QualityLayout { examiner.layout }

    var responseIDs: [String] = []
    var respondentIDs: [String] = []
    var localFlags: [Int: [QualityFlag]] = [:]
    /// Total duration in seconds (NaN: unknown) and mode index.
    var durations: [Double] = []
    var modes: [Int32] = []
    var modeNames: [String] = []
    /// Milliseconds per closed question (NaN: unknown), `layout.questions.count` per response.
    var questionTimes: [Float] = []
    var vectors: [UInt32] = []
    var interned: [CellInterner]
    var sharedTexts = KeyedMembers()
    /// Responses by contact value (`QualityExaminer.contactKeys`).
    var contacts = KeyedMembers()
    var segmentMembership: [UInt64] = []
    var interviewers: [Int32] = []
    var interviewerNames: [String] = []
    /// Asked closed questions and those answered "don't know" or "refused", per response.
    var asked: [Int32] = []
    var dontKnows: [Int32] = []

    public init(survey: Survey, settings: QualitySettings = QualitySettings()) {
        examiner = QualityExaminer(survey: survey, settings: settings)
        interned = Array(repeating: CellInterner(), count: examiner.layout.items.count)
    }

    /// Judges the complete responses of `survey` in `store`. The completes are cut into pages of 2,000
    /// (`ResponseStore.responsePages`); each page is read, with its respondents, and examined in a task of its own
    /// (`QualityExaminer`), and the examinations are taken into the run in page order. At most three pages are in
    /// flight (`PageWindow`), so reading and examining run on every core while memory stays bounded. The first
    /// 2,000 completes are read and examined while the store cuts the pages; they stand for the first page when
    /// they end where it ends (else, e.g. after responses were stored meanwhile, the first page is read again).
    public static func assess(
        store: any ResponseStore, survey: Survey, settings: QualitySettings = QualitySettings()
    ) async throws -> QualityAssessment {
        var assessor = QualityAssessor(survey: survey, settings: settings)
        let examiner = assessor.examiner
        let query = ResponseQuery(surveyID: survey.id, statuses: [.complete], limit: 2_000)
        typealias Job = Task<[ResponseExamination], any Error>
        @Sendable func examine(_ responses: [StoredResponse]) async throws -> [ResponseExamination] {
            let respondents = try await store.respondents(ids: responses.map(\.response.respondentID))
            let attributes = Dictionary(
                respondents.map { ($0.id, $0.attributes) }, uniquingKeysWith: { first, _ in first })
            return examiner.examine(responses, attributes: attributes)
        }
        let window = PageWindow(limit: 4)
        await window.acquire()
        let early = Task {
            let responses = try await store.responses(query)
            return (last: responses.last?.response.id, count: responses.count, examined: try await examine(responses))
        }
        var pages: [ResponseQuery]
        do {
            pages = try await store.responsePages(query)
        } catch {
            early.cancel()
            throw error
        }
        let first: Job
        let earlyEnd = try await early.value
        if let through = pages.first?.through, through == earlyEnd.last {
            pages.removeFirst()
            first = Task { earlyEnd.examined }
        } else if pages.count == 1, pages[0].through == nil, earlyEnd.count < query.limit {
            pages = []
            first = Task { earlyEnd.examined }
        } else {
            let page = pages.removeFirst()
            first = Task { try await examine(try await store.responses(inPage: page)) }
        }
        let (jobs, continuation) = AsyncStream<Job>.makeStream()
        continuation.yield(first)
        let remaining = pages
        let starter = Task {
            for page in remaining {
                await window.acquire()
                if Task.isCancelled { break }
                continuation.yield(Task { try await examine(try await store.responses(inPage: page)) })
            }
            continuation.finish()
        }
        do {
            for await job in jobs {
                for response in try await job.value { assessor.absorb(response) }
                await window.release()
            }
        } catch {
            starter.cancel()
            await window.close()
            throw error
        }
        return await assessor.finish()
    }

    /// Takes one complete response into the run.
    public mutating func add(_ stored: StoredResponse, attributes: [String: String]) {
        var contactNames: [String: Bool] = [:]
        absorb(examiner.examine(stored, attributes: attributes, contactNames: &contactNames))
    }

    /// Takes one examined response into the run (responses are numbered in the order they are absorbed).
    mutating func absorb(_ examination: ResponseExamination) {
        let index = responseIDs.count
        responseIDs.append(examination.responseID)
        respondentIDs.append(examination.respondentID)
        durations.append(examination.duration)
        modes.append(Self.intern(examination.mode, in: &modeNames))
        interviewers.append(examination.interviewer.map { Self.intern($0, in: &interviewerNames) } ?? -1)
        questionTimes += examination.questionTimes
        let base = vectors.count
        vectors.append(contentsOf: repeatElement(0, count: layout.items.count))
        for (item, cell) in examination.cells {
            vectors[base + item] = interned[item].code(cell)
        }
        segmentMembership.append(examination.segmentMembership)
        for text in examination.sharedTexts { sharedTexts.append(Int32(index), to: text) }
        for key in examination.contactKeys { contacts.append(Int32(index), to: key) }
        asked.append(examination.asked)
        dontKnows.append(examination.dontKnows)
        if !examination.flags.isEmpty { localFlags[index] = examination.flags }
    }

    /// The position of `name` in `names`, appended when new.
    static func intern(_ name: String, in names: inout [String]) -> Int32 {
        if let known = names.firstIndex(of: name) { return Int32(known) }
        names.append(name)
        return Int32(names.count - 1)
    }
}
