import Foundation
public import SurveyModel
public import SurveyStore

/// Judges the complete responses of one survey for data quality (`voc quality`): speeding, straightlining,
/// duplicates, open-answer quality, attention and consistency checks and item non-response, with per-interviewer
/// indicators. Responses are fed one at a time (`add`), so a store of any size is read page by page; checks that
/// compare responses with each other (medians, duplicates, shared texts, contacts) run in `finish`.
///
/// Nothing is dropped or changed: the result lists flags and scores; analysis commands decide what to leave out
/// (`--exclude-flagged`). Responses without times or paradata are simply not judged on speed (see `notes`).
public struct QualityAssessor {
    let survey: Survey
    let settings: QualitySettings
    let layout: QualityLayout
    let lookup: ResponseValues.Lookup
    let contactAttributes: (String) -> Bool
    /// `contactAttributes` of each attribute name met so far.
    var isContact: [String: Bool] = [:]

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
    var interned: [[QualityLayout.Cell: UInt32]]
    var sharedTexts: [String: [Int32]] = [:]
    var contacts: [String: Set<String>] = [:]
    var segmentMembership: [UInt64] = []
    var interviewers: [Int32] = []
    var interviewerNames: [String] = []
    /// Asked closed questions and those answered "don't know" or "refused", per response.
    var asked: [Int32] = []
    var dontKnows: [Int32] = []

    public init(survey: Survey, settings: QualitySettings = QualitySettings()) {
        self.survey = survey
        self.settings = settings
        layout = QualityLayout(survey: survey)
        lookup = ResponseValues.Lookup(survey: survey)
        interned = Array(repeating: [:], count: layout.items.count)
        if let names = settings.contactAttributes {
            let chosen = Set(names)
            contactAttributes = { chosen.contains($0) }
        } else {
            contactAttributes = { name in
                let lower = name.lowercased()
                return ["email", "e-mail", "phone", "mobile"].contains { lower.contains($0) }
            }
        }
    }

    /// Judges the complete responses of `survey` in `store`, reading them a page at a time. Reading runs ahead of
    /// judging by at most two pages (`PageWindow`), so the two overlap.
    public static func assess(
        store: any ResponseStore, survey: Survey, settings: QualitySettings = QualitySettings()
    ) async throws -> QualityAssessment {
        typealias Page = (responses: [StoredResponse], attributes: [String: [String: String]])
        let (pages, continuation) = AsyncThrowingStream<Page, any Error>.makeStream()
        let window = PageWindow(limit: 2)
        let reader = Task {
            do {
                let query = ResponseQuery(surveyID: survey.id, statuses: [.complete], limit: 2_000)
                try await store.forEachResponsePage(query) { page in
                    let respondents = try await store.respondents(ids: page.map(\.response.respondentID))
                    let attributes = Dictionary(
                        respondents.map { ($0.id, $0.attributes) }, uniquingKeysWith: { first, _ in first })
                    await window.acquire()
                    continuation.yield((page, attributes))
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        defer { reader.cancel() }
        var assessor = QualityAssessor(survey: survey, settings: settings)
        for try await page in pages {
            for response in page.responses {
                assessor.add(response, attributes: page.attributes[response.response.respondentID] ?? [:])
            }
            await window.release()
        }
        return assessor.finish()
    }

    /// Takes one complete response into the run.
    public mutating func add(_ stored: StoredResponse, attributes: [String: String]) {
        let index = responseIDs.count
        let response = stored.response
        responseIDs.append(response.id)
        respondentIDs.append(response.respondentID)
        let values = ResponseValues(lookup: lookup, answers: response.answers, attributes: attributes)
        var flags: [QualityFlag] = []
        recordTimes(stored)
        recordVector(response.answers)
        recordSegments(values)
        flags += gridFlags(response.answers)
        flags += checkFlags(values)
        flags += openAnswerFlags(stored, index: index)
        flags += nonresponseFlags(response.answers, values: values)
        if stored.completedAt == nil {
            flags.append(QualityFlag(.noCompletionTime, "no completion time recorded"))
        }
        for (name, value) in attributes {
            let contact: Bool
            if let known = isContact[name] {
                contact = known
            } else {
                contact = contactAttributes(name)
                isContact[name] = contact
            }
            guard contact else { continue }
            let key = Self.contactKey(value)
            if !key.isEmpty { contacts[name + "\u{1}" + key, default: []].insert(response.respondentID) }
        }
        if !flags.isEmpty { localFlags[index] = flags }
    }

    /// A contact value as compared: e-mails lower-cased and trimmed, phone numbers as their digits.
    static func contactKey(_ value: String) -> String {
        if value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x80 }) && value.utf8.contains(UInt8(ascii: "@")) {
            return String(decoding: value.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        let trimmed = OpenAnswerCheck.trimmed(value).lowercased()
        if trimmed.contains("@") { return trimmed }
        let digits = trimmed.filter(\.isASCII).filter(\.isNumber)
        return digits.count >= 6 ? digits : trimmed
    }
}
