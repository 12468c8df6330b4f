import Foundation
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyCollector

@Suite struct StoreInterviewRecorderTests {
    private func store() throws -> (TemporaryDirectory, SQLiteStore) {
        let directory = try TemporaryDirectory()
        return (directory, try SQLiteStore(path: directory.path("test.voc.sqlite")))
    }

    @Test func backNavigationMarksUnreachableAnswersInTheStoreAndResumeFollowsTheCursor() async throws {
        let (directory, sqlite) = try store()
        _ = directory
        let recorder = StoreInterviewRecorder(store: sqlite)
        let survey = TestSurveys.everyType()
        var session = try await InterviewSession.start(
            survey: survey, respondent: Respondent(id: "p1", attributes: ["region": "north"]), seed: 9,
            recorder: recorder)
        let lines = ["40", "y", "9", "app", "", "<", "<", "<", "<"]
        #expect(
            try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: lines)).run(&session)
                == .suspended(InterviewPosition(itemID: "user")))
        // Resuming picks up the explicit cursor written after going back.
        let resumed = try await InterviewSession.resume(
            survey: survey, responseID: session.responseID, recorder: recorder)
        #expect(resumed.engine.cursor == InterviewPosition(itemID: "user"))
        // The same session goes on (back-step paradata is counted in the recorder until the answer is saved).
        #expect(
            try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: ["n"])).run(&session)
                == .finished(.complete))
        let stored = try #require(try await sqlite.response(id: session.responseID))
        #expect(stored.response.status == .complete)
        #expect(Set(stored.response.answers.keys) == ["age", "user"])
        let unreachable = stored.answerRecords.filter(\.unreachable).map(\.record.questionID)
        #expect(Set(unreachable) == ["nps", "liked"])
        #expect(stored.answerRecords.first { $0.record.questionID == "user" }?.record.paradata.backSteps == 1)
        #expect(stored.answerRecords.first { $0.record.questionID == "age" }?.record.paradata.backSteps == 0)
        #expect(stored.mode == "cati")
        #expect(try await sqlite.respondent(id: "p1")?.attributes == ["region": "north"])
    }

    @Test func ladderStepsOfADeselectedOptionAreKeptAsSetAside() async throws {
        let (directory, sqlite) = try store()
        _ = directory
        let recorder = StoreInterviewRecorder(store: sqlite)
        let survey = TestSurveys.everyType()
        var session = try await InterviewSession.start(
            survey: survey, respondent: Respondent(id: "p1"), seed: 9, recorder: recorder)
        // Both options liked, each with its why; then back to the question and only "rates" kept.
        let lines = ["40", "y", "9", "app,rates", "quick", "", "cheap", "", ">liked", "rates"]
        _ = try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: lines)).run(&session)
        let stored = try #require(try await sqlite.response(id: session.responseID))
        #expect(stored.response.answers["liked"] == .codes(["rates"]))
        // (The empty line that ended each ladder is stored as its last, empty step.)
        #expect(stored.response.ladder.map(\.text) == ["cheap", ""])
        #expect(stored.response.ladder.allSatisfy { $0.optionCode == "rates" })
        #expect(stored.setAsideLadder.map(\.text) == ["quick", ""])
        #expect(stored.setAsideLadder.allSatisfy { $0.optionCode == "app" })
        // Resuming does not bring the set-aside step back into the interview.
        let resumed = try await InterviewSession.resume(
            survey: survey, responseID: session.responseID, recorder: recorder)
        #expect(resumed.engine.ladder.map(\.text) == ["cheap", ""])
    }

    @Test func completionIsRefusedAtomicallyWhenTheQuotaFilledMeanwhile() async throws {
        let (directory, sqlite) = try store()
        _ = directory
        let recorder = StoreInterviewRecorder(store: sqlite)
        let survey = TestSurveys.everyType()
        let script = ScriptInterviewDriverTests.fullScript.map { $0 == "95" ? "60" : $0 }.filter { $0 != "!" }
        // Two interviews of older respondents run side by side; the quota (target 1) fills with the first.
        var first = try await InterviewSession.start(
            survey: survey, respondent: Respondent(id: "a"), seed: 1, recorder: recorder)
        var second = try await InterviewSession.start(
            survey: survey, respondent: Respondent(id: "b"), seed: 1, recorder: recorder)
        let half = Array(script.prefix(3))
        _ = try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: half)).run(&second)
        #expect(
            try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: script)).run(&first)
                == .finished(.complete))
        // The second respondent's engine did not know the quota was full when it started; the next answer checks.
        let outcome = try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: Array(script.dropFirst(3))))
            .run(&second)
        #expect(outcome == .finished(.quotaFull("q_older")))
        let stored = try #require(try await sqlite.response(id: second.responseID))
        #expect(stored.response.disposition == .quotaFull)
        #expect(try await sqlite.quotaCounts(surveyID: survey.id)["q_older"] == 1)
        // A third older respondent is screened out as soon as the age is known.
        var third = try await InterviewSession.start(
            survey: survey, respondent: Respondent(id: "c"), seed: 2, recorder: recorder)
        #expect(
            try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: ["70"])).run(&third)
                == .finished(.quotaFull("q_older")))
    }

    @Test func storeRefusesCompletionWhenTheQuotaFillsBetweenCheckAndCompletion() async throws {
        let (directory, sqlite) = try store()
        _ = directory
        // A recorder that never reports full quotas: as if another interviewer completed between the engine's
        // check and this completion. The store's atomic completion must still refuse.
        let recorder = QuotaBlindRecorder(base: StoreInterviewRecorder(store: sqlite))
        var survey = TestSurveys.short(questions: 2)
        survey.quotas = [Quota(id: "all", when: TestSurveys.expr("{q1} >= 1"), target: 1)]
        var a = try await InterviewSession.start(
            survey: survey, respondent: Respondent(id: "a"), seed: 1, recorder: recorder)
        var b = try await InterviewSession.start(
            survey: survey, respondent: Respondent(id: "b"), seed: 1, recorder: recorder)
        #expect(
            try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: ["1", "2"])).run(&a)
                == .finished(.complete))
        #expect(
            try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: ["3", "4"])).run(&b)
                == .finished(.quotaFull("all")))
        #expect(try await sqlite.response(id: b.responseID)?.response.disposition == .quotaFull)
        #expect(try await sqlite.quotaCounts(surveyID: survey.id)["all"] == 1)
    }
}

/// Delegates to `base` but reports no full quotas.
struct QuotaBlindRecorder: InterviewRecorder {
    let base: StoreInterviewRecorder

    func register(_ survey: Survey) async throws { try await base.register(survey) }

    func startResponse(
        responseID: String?, for respondent: Respondent, survey: Survey, seed: UInt64, language: String?,
        interviewer: String?, at: Date
    ) async throws -> String {
        try await base.startResponse(
            responseID: responseID, for: respondent, survey: survey, seed: seed, language: language,
            interviewer: interviewer, at: at)
    }

    func loadInterview(responseID: String) async throws -> StoredInterview {
        try await base.loadInterview(responseID: responseID)
    }

    func fullQuotas(of survey: Survey) async throws -> Set<String> { [] }

    func record(_ events: [InterviewEvent], responseID: String, at: Date) async throws {
        try await base.record(events, responseID: responseID, at: at)
    }

    func complete(responseID: String, quotas: [Quota], at: Date) async throws -> String? {
        try await base.complete(responseID: responseID, quotas: quotas, at: at)
    }
}
