import Foundation
import SurveyModel
import Testing

@testable import SurveyCollector

@Suite struct ScriptInterviewDriverTests {
    static let fullScript = [
        "95", "!", "y", "3", "fees are high", "I save for a house", "", "", "app,o:cashback", "quick", "", "",
        "4", "s>y", "4", "2", "5/4", "3/2", "1,2", "1,3", "2,3", "3,1", "1,5", "ann@example.org", "2024-02-29",
    ]

    private func start(_ recorder: MemoryInterviewRecorder, seed: UInt64 = 1) async throws -> InterviewSession {
        try await InterviewSession.start(
            survey: TestSurveys.everyType(), respondent: Respondent(id: "p1"), seed: seed, recorder: recorder)
    }

    @Test func runsAFullInterviewWithEveryQuestionType() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await start(recorder)
        let terminal = ScriptedTerminal(lines: Self.fullScript)
        let outcome = try await ScriptInterviewDriver(terminal: terminal).run(&session)
        #expect(outcome == .finished(.complete))
        let response = try #require(await recorder.responses[session.responseID])
        #expect(response.status == .complete)
        #expect(response.answers.count == 12)
        #expect(response.answers["age"] == .number(95))
        #expect(response.answers["liked"] == .codes(["app", "o"]))
        #expect(response.otherTexts == ["liked.o": "cashback"])
        #expect(response.answers["rank"] == .ranking(["s", "y"]))
        #expect(response.answers["imp"] == .grid(["safety": 5, "safety.perf": 4, "yield": 3, "yield.perf": 2]))
        #expect(response.answers["kano"] == .grid(["alerts.f": 1, "alerts.d": 5]))
        if case .maxDiff(let choices) = response.answers["md"] {
            #expect(choices.count == 4)
            #expect(choices[3].best == choices[3].shown[2] && choices[3].worst == choices[3].shown[0])
        } else {
            Issue.record("no MaxDiff answer")
        }
        let texts = response.ladder.filter { !$0.text.isEmpty }.map { "\($0.probeID)@\($0.depth):\($0.text)" }
        #expect(texts.sorted() == ["why_liked@1:quick", "why_nps@1:fees are high", "why_nps@2:I save for a house"])
        let output = terminal.output
        #expect(output.contains("warning: Please confirm the age"))
        #expect(output.contains("saved why_nps@3 (ladder ended)"))
        #expect(output.contains("finished: complete (1.1)"))
        #expect(output.components(separatedBy: "\nsaved ").count - 1 == 12 + 6)
    }

    @Test func invalidLineStopsWithItsLineNumberAndKeepsAResumablePartial() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await start(recorder)
        var lines = Array(Self.fullScript.prefix(12))
        lines.append("7")  // sat is 1-5: line 13
        let terminal = ScriptedTerminal(lines: lines + ["s>y"])
        await #expect(throws: ScriptInputError(source: "stdin", line: 13, message: "enter a whole number from 1 to 5")) {
            _ = try await ScriptInterviewDriver(terminal: terminal).run(&session)
        }
        let stored = try #require(await recorder.responses[session.responseID])
        #expect(stored.status == .inProgress)
        #expect(Set(stored.answers.keys) == ["age", "user", "nps", "liked"])
        var resumed = try await InterviewSession.resume(
            survey: TestSurveys.everyType(), responseID: session.responseID, recorder: recorder)
        #expect(resumed.engine.cursor == InterviewPosition(itemID: "sat"))
        let rest = ScriptedTerminal(lines: Array(Self.fullScript.dropFirst(12)))
        #expect(try await ScriptInterviewDriver(terminal: rest).run(&resumed) == .finished(.complete))
        #expect(await recorder.responses[session.responseID]?.answers.count == 12)
    }

    @Test func endOfInputSuspendsAndUnparseableLinesAreErrors() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await start(recorder)
        let outcome = try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: ["40"])).run(&session)
        #expect(outcome == .suspended(InterviewPosition(itemID: "user")))
        await #expect(throws: ScriptInputError(source: "stdin", line: 1, message: "expected an option number or code")) {
            _ = try await ScriptInterviewDriver(terminal: ScriptedTerminal(lines: ["maybe"])).run(&session)
        }
    }

    @Test func backAndJumpInAScriptRecordUnreachableAnswers() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await start(recorder)
        let lines = ["40", "y", "9", "app", "", "<", "<", "<", "<", "n"]
        let terminal = ScriptedTerminal(lines: lines)
        #expect(try await ScriptInterviewDriver(terminal: terminal).run(&session) == .finished(.complete))
        #expect(terminal.output.contains("set aside nps (unreachable)"))
        let setAside = await recorder.setAside[session.responseID]?.map(\.questionID) ?? []
        #expect(Set(setAside) == ["nps", "liked"])
        #expect(Set(await recorder.responses[session.responseID]?.answers.keys ?? [:].keys) == ["age", "user"])
        let events = await recorder.events[session.responseID] ?? []
        #expect(events.filter { if case .wentBack = $0 { true } else { false } }.count == 4)
    }

    @Test func lineSyntaxPerQuestionType() throws {
        func prompt(_ kind: PromptKind) -> Prompt {
            Prompt(
                position: InterviewPosition(itemID: "q"), surveyTitle: "", sectionID: "s", number: 1, total: 1,
                text: "", kind: kind, required: true, allowDontKnow: true, allowRefused: true)
        }
        let options = [PromptOption(number: 1, code: "b", label: "B"), PromptOption(number: 2, code: "a", label: "A", other: true)]
        #expect(ScriptAnswerSyntax.command("dk", for: prompt(.text(maxLength: nil))) == .answer(.dontKnow))
        #expect(ScriptAnswerSyntax.command(">q7", for: prompt(.scale(PromptScale(min: 1, max: 5)))) == .jump("q7"))
        #expect(ScriptAnswerSyntax.command("\\<", for: prompt(.text(maxLength: nil))) == nil)
        #expect(try ScriptAnswerSyntax.input(["\\<"], for: prompt(.text(maxLength: nil))).get() == .answer(.text("<")))
        #expect(try ScriptAnswerSyntax.input(["2: shop"], for: prompt(.singleChoice(options))).get()
            == .answer(.code("a"), otherTexts: ["a": "shop"]))
        #expect(try ScriptAnswerSyntax.input(["a, 1"], for: prompt(.multipleChoice(options, min: nil, max: nil))).get()
            == .answer(.codes(["a", "b"])))
        #expect(ScriptAnswerSyntax.command(">a>b", for: prompt(.ranking(options, top: nil))) == nil)
        #expect(try ScriptAnswerSyntax.input(["2>b"], for: prompt(.ranking(options, top: nil))).get()
            == .answer(.ranking(["a", "b"])))
        #expect(throws: ScriptAnswerSyntax.LineError.self) {
            try ScriptAnswerSyntax.input(["4", "x"], for: prompt(.matrix(rows: options, scale: PromptScale(min: 1, max: 5)))).get()
        }
    }
}
