import Foundation
import SurveyAnalysis
import SurveyCollector
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyStore
import Testing

/// Interviews left unfinished: classified as partial (1.2) or break-off (2.12) by the share of on-route questions
/// answered once untouched for the abandonment time, pending before (docs/methods.md §6.4).
@Suite struct AbandonedInterviewTests {
    /// Four required questions and a fifth asked only after a large first answer (known skipped otherwise); a
    /// quota of one northern complete.
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="abandon" version="1.0.0" lang="en">
          <title>Abandonment</title>
          <attributes><attribute id="region" type="text"/></attributes>
          <quotas><quota id="north" when="{region} = 'north'" target="1"/></quotas>
          <section id="s1">
            <what id="q1" type="numeric"><text>One?</text></what>
            <what id="q5" type="numeric" when="{q1} > 100"><text>Five?</text></what>
            <what id="q2" type="numeric"><text>Two?</text></what>
            <what id="q3" type="numeric"><text>Three?</text></what>
            <what id="q4" type="numeric"><text>Four?</text></what>
          </section>
        </survey>
        """

    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Runs an interview with `answers` (numbers for q1, q2, ...) at `hoursAgo` before `now`.
    static func interview(
        _ id: String, region: String, answers: [Double], hoursAgo: Double, interviewer: String? = nil,
        survey: Survey, store: any ResponseStore
    ) async throws {
        let at = now.addingTimeInterval(-hoursAgo * 3600)
        let respondent = Respondent(id: id, attributes: ["region": region])
        try await store.upsertRespondents([respondent])
        let recorder = StoreInterviewRecorder(store: store, mode: interviewer == nil ? "cawi" : "cati")
        var session = try await InterviewSession.start(
            survey: survey, respondent: respondent, seed: 1, responseID: id, interviewer: interviewer,
            recorder: recorder, clock: { at })
        _ = try await session.begin()
        for value in answers {
            guard case .accepted = try await session.submit(.answer(.number(value))) else {
                Issue.record("answer \(value) of \(id) was not taken")
                return
            }
        }
    }

    static func store() async throws -> (any ResponseStore, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("abandon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("abandon.voc.sqlite").path
        let store = try SQLiteStore(path: path)
        let survey = try #require(SurveyLoader.load(text: xml, path: "abandon.xml", format: .xml).survey)
        try await interview("c1", region: "south", answers: [1, 2, 3, 4], hoursAgo: 100, survey: survey, store: store)
        try await interview("c2", region: "north", answers: [1, 2, 3, 4], hoursAgo: 90, survey: survey, store: store)
        try await interview("s1", region: "north", answers: [], hoursAgo: 80, survey: survey, store: store)
        try await interview("s2", region: "north", answers: [], hoursAgo: 2, survey: survey, store: store)
        try await interview("recent", region: "south", answers: [5], hoursAgo: 1, survey: survey, store: store)
        try await interview("half", region: "south", answers: [5, 6], hoursAgo: 30, survey: survey, store: store)
        try await interview(
            "little", region: "south", answers: [5], hoursAgo: 48, interviewer: "ann", survey: survey, store: store)
        try await store.upsertRespondents([Respondent(id: "never", attributes: ["region": "south"])])
        return (store, directory)
    }

    @Test func abandonedInterviewsArePartialOrBreakOffByTheShareAnswered() async throws {
        let (store, directory) = try await Self.store()
        defer { try? FileManager.default.removeItem(at: directory) }
        let status = try await FieldworkStatus.load(
            store: store, path: "abandon.voc.sqlite", surveyID: nil, now: Self.now)
        // "half" answered 2 of its 4 on-route questions (q5 is known skipped): 50%, a partial; "little" 1 of 4.
        #expect(status.abandoned.cases.map(\.responseID) == ["half", "little"])
        #expect(
            status.abandoned.cases.map(\.progress) == [
                InterviewProgress(answered: 2, total: 4), InterviewProgress(answered: 1, total: 4),
            ])
        #expect(status.abandoned.partial == 1)
        #expect(status.abandoned.breakOff == 1)
        #expect(
            Set(status.dispositions) == [
                DispositionCount(disposition: .complete, interviewer: nil, count: 2),
                DispositionCount(disposition: .partial, interviewer: nil, count: 1),
                DispositionCount(disposition: .breakOff, interviewer: "ann", count: 1),
                DispositionCount(disposition: .quotaFull, interviewer: nil, count: 2),
                DispositionCount(disposition: .inProgress, interviewer: nil, count: 2),
            ])
        #expect(status.pending(interviewer: nil) == 2)
        let rates = status.rates(interviewer: nil)
        #expect(FieldworkStatus.groups(rates).map(\.1) == [2, 1, 1, 0, 0, 0, 0, 2])
        // RR1 = I / (I + P + R) = 2/4, RR2 = (I + P) / 4, COOP1 = 2/4, REF1 = 1/4, CON1 = 4/4.
        #expect(rates.rr1 == 0.5)
        #expect(rates.rr2 == 0.75)
        #expect(rates.coop1 == 0.5)
        #expect(rates.ref1 == 0.25)
        #expect(rates.con1 == 1)
        #expect(status.rates(interviewer: "ann").r == 1)
        #expect(status.responses[.inProgress] == 3)
    }

    @Test func theThresholdsAreSettings() async throws {
        let (store, directory) = try await Self.store()
        defer { try? FileManager.default.removeItem(at: directory) }
        // After 72 hours, neither is abandoned yet: both pending, out of the rates.
        let later = try await FieldworkStatus.load(
            store: store, path: "abandon.voc.sqlite", surveyID: nil, abandonment: AbandonmentRule(after: 72 * 3600),
            now: Self.now)
        #expect(later.abandoned.cases.isEmpty)
        #expect(later.pending(interviewer: nil) == 4)
        #expect(later.rates(interviewer: nil).rr1 == 1)
        // With a partial share of 60%, half the questions is a break-off too; after 1 hour, "recent" is abandoned.
        let strict = try await FieldworkStatus.load(
            store: store, path: "abandon.voc.sqlite", surveyID: nil,
            abandonment: AbandonmentRule(after: 3600, partialShare: 0.6), now: Self.now)
        #expect(strict.abandoned.cases.map(\.responseID) == ["half", "little", "recent"])
        #expect(strict.abandoned.partial == 0)
        #expect(strict.abandoned.breakOff == 3)
        let rates = strict.rates(interviewer: nil)
        #expect(FieldworkStatus.groups(rates).map(\.1) == [2, 0, 3, 0, 0, 0, 0, 2])
        #expect(rates.rr1 == 0.4)
        #expect(strict.pending(interviewer: nil) == 1)
    }
}
