import SurveyModel
import Testing

@testable import SurveyCollector
@testable import SurveyTerminal

@Suite("Terminal interview driver")
struct TerminalInterviewDriverTests {
    private func keys(_ text: String) -> FakeKeyTerminal.Step { .keys(Key.typing(text)) }

    private func expectLine(
        _ screen: [String], _ text: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            screen.contains(text), "missing line \(text) in\n\(screen.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    private func expectText(
        _ screen: [String], _ text: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            screen.contains { $0.contains(text) }, "missing \(text) in\n\(screen.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    @Test func drivesEveryQuestionTypeAndStoresEachAnswer() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await InterviewSession.start(
            survey: TTYTestSurvey.survey, respondent: Respondent(id: "p1"), seed: 42, recorder: recorder)
        let terminal = FakeKeyTerminal(steps: [
            .check { screen in
                #expect(screen.count == 24)
                #expect(screen[0].hasPrefix("Bank customer survey") && screen[0].hasSuffix(" 1/13"))
                #expect(screen[1] == "About you")
                #expect(screen[3] == "How did you first hear about us?")
                #expect(screen[5] == "  ( ) 1. Website")
                #expect(screen[23].contains("d don't know"))
            },
            keys("3"),
            .check { expectLine($0, "> (*) 3. Other") },
            .keys([.enter]),
            .check { expectText($0, "Please specify \"Other\":") },
            keys("Radio ad\n"),
            keys("13"),
            .check { screen in
                expectLine(screen, "  [x] 1. Current account")
                expectLine(screen, "> [x] 3. Credit card")
                expectLine(screen, "  [ ] 2. Savings")
            },
            keys("4"),
            .check { screen in
                // The exclusive option clears the others.
                expectLine(screen, "> [x] 4. None of these")
                expectLine(screen, "  [ ] 1. Current account")
            },
            keys("413\n"),
            .check { expectLine($0, "Thank you. Now a few ratings.") },
            .keys([.enter]),
            .check { screen in
                expectLine(screen, "Ratings")
                expectLine(screen, "How would you rate us overall?")
                expectLine(screen, "  1. Very poor")
                expectLine(screen, "  5. Excellent")
            },
            keys("<"),
            .check { screen in
                // Back skips the note and shows the stored answer again.
                expectLine(screen, "Which products do you use?")
                expectLine(screen, "  [x] 1. Current account")
                expectLine(screen, "  [x] 3. Credit card")
            },
            keys("\n\n"),
            keys("?"),
            .check { screen in
                expectText(screen, "Help: How would you rate us overall?")
                expectText(screen, "Ctrl-C      suspend")
            },
            keys(" "),
            keys("4\n"),
            .check { screen in
                expectLine(screen, "How likely are you to recommend us?")
                expectLine(screen, "   0. Not at all likely")
                expectLine(screen, "  10. Extremely likely")
            },
            keys("11\n"),
            .check { expectText($0, "Error: ") },
            .keys([.backspace, .backspace]),
            keys("9\n"),
            .check { screen in
                expectText(screen, "Why would you give us 9?")
                expectText(screen, "Why ladder, step 1 of up to 2.")
            },
            keys("Friendly staff\n"),
            .check { expectText($0, "Why is that important to you?") },
            .keys([.interrupt]),
            .check { expectText($0, "Suspend this interview? y = save and quit") },
            keys("n"),
            keys("I feel respected\n"),
            .check { expectLine($0, "How old are you?") },
            keys("105\n"),
            .check { expectText($0, "Warning: That age is unusual; please check.") },
            keys("y"),
            .check { expectLine($0, "Your postcode (optional)") },
            keys("SW1A1AA"),
            .keys([.left, .left, .left, .character(" ")]),
            .check { screen in
                expectLine(screen, "> SW1A 1AA")
            },
            .keys([.enter]),
            .resize(TerminalSize(columns: 100, rows: 30)),
            .check { screen in
                #expect(screen.count == 30)
                #expect(screen[0].count == 100)
                expectLine(screen, "Since when are you a customer?")
            },
            keys("2020-05-01\n"),
            .check { expectLine($0, "Rank what matters most.") },
            keys("23"),
            .check { screen in
                expectLine(screen, "  [1] 2. Good service")
                expectLine(screen, "> [2] 3. A good app")
                expectLine(screen, "  [ ] 1. Low fees")
            },
            .keys([.enter]),
            .check { expectText($0, "Row 1 of 2: Staff") },
            keys("5\n"),
            .check { expectText($0, "Row 2 of 2: Branch") },
            keys("<"),
            .check { screen in
                expectText(screen, "Row 1 of 2: Staff")
                expectText(screen, "> 5")
            },
            keys("\n3\n"),
            .check { expectText($0, "Importance, 1 of 1: Fast transfers") },
            keys("5\n4\n"),
            .check { expectText($0, "Set 1 of 2: which is MOST important?") },
            keys("1\n"),
            .check { screen in
                expectText(screen, "Set 1 of 2: which is LEAST important?")
                #expect(screen.contains { $0.hasPrefix("  (+) 1. Item ") })
            },
            keys("3\n2\n2\n"),
            .check { expectText($0, "Error: Choose a different item from the most important one.") },
            keys("1\n"),
            .check { screen in
                expectText(screen, "Feature 1 of 1: Mobile payments")
                expectText(screen, "If the app has mobile payments, how do you feel?")
                expectLine(screen, "  ( ) 1. I like it that way")
            },
            keys("1\n5\n"),
            .check { screen in
                expectLine(screen, "您对我们的服务有什么建议？")
                #expect(screen[0].hasSuffix(" 13/13"))
            },
            keys("服务很好"),
            .check { expectLine($0, "> 服务很好") },
            .keys([.enter]),
        ])
        let ending = try await TerminalInterviewDriver(terminal: terminal).runInteractive(&session)
        #expect(ending == .finished(.complete))

        let responses = await recorder.responses
        let response = try #require(responses[session.responseID])
        #expect(response.status == .complete)
        let answers = response.answers
        #expect(answers["channel"] == .code("other"))
        #expect(response.otherTexts.values.contains("Radio ad"))
        #expect(answers["products"] == .codes(["current", "card"]))
        #expect(answers["overall"] == .number(4))
        #expect(answers["nps"] == .number(9))
        #expect(answers["age"] == .number(105))
        #expect(answers["postcode"] == .text("SW1A 1AA"))
        #expect(answers["since"] == .date("2020-05-01"))
        #expect(answers["rank"] == .ranking(["service", "app", "fees"]))
        #expect(answers["grid"] == .grid(["staff": 5, "branch": 3]))
        #expect(answers["needs"] == .grid(["speed": 5, "speed.perf": 4]))
        #expect(answers["kano"] == .grid(["pay.f": 1, "pay.d": 5]))
        #expect(answers["comment"] == .text("服务很好"))
        guard case .maxDiff(let sets)? = answers["best"] else {
            Issue.record("no MaxDiff answer")
            return
        }
        #expect(sets.count == 2)
        #expect(sets[0].best == sets[0].shown[0] && sets[0].worst == sets[0].shown[2])
        #expect(sets[1].best == sets[1].shown[1] && sets[1].worst == sets[1].shown[0])
        #expect(response.ladder.map(\.text) == ["Friendly staff", "I feel respected"])
        #expect(response.ladder.map(\.depth) == [1, 2])
    }

    @Test func suspendReturnsThePositionAndKeepsAnswersStored() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await InterviewSession.start(
            survey: TTYTestSurvey.survey, respondent: Respondent(id: "p2"), seed: 1, recorder: recorder)
        let terminal = FakeKeyTerminal(steps: [keys("d"), .keys([.interrupt]), keys("y")])
        let ending = try await TerminalInterviewDriver(terminal: terminal).runInteractive(&session)
        #expect(ending == .suspended(InterviewPosition(itemID: "products")))
        let responses = await recorder.responses
        let response = try #require(responses[session.responseID])
        #expect(response.answers["channel"] == .dontKnow)
        #expect(response.status == .inProgress)
    }

    @Test func notOfferedSpecialAnswersAndEndOfInput() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await InterviewSession.start(
            survey: TTYTestSurvey.survey, respondent: Respondent(id: "p3"), seed: 1, recorder: recorder)
        let terminal = FakeKeyTerminal(steps: [
            keys("1\n"),
            keys("r"),
            .check { expectText($0, "Error: Refused is not offered for this question.") },
            .keys([.enter]),
            .check { expectText($0, "Error: ") },
        ])
        let ending = try await TerminalInterviewDriver(terminal: terminal).runInteractive(&session)
        #expect(ending == .inputClosed(InterviewPosition(itemID: "products")))
        let responses = await recorder.responses
        #expect(responses[session.responseID]?.answers["channel"] == .code("web"))
    }
}

@Suite("Terminal interview driver navigation")
struct TerminalInterviewDriverNavigationTests {
    @Test func jumpByIdShowsTheEarlierQuestionWithItsAnswer() async throws {
        let recorder = MemoryInterviewRecorder()
        var session = try await InterviewSession.start(
            survey: TTYTestSurvey.survey, respondent: Respondent(id: "p4"), seed: 1, recorder: recorder)
        let terminal = FakeKeyTerminal(steps: [
            .keys(Key.typing("2\n")),
            .keys(Key.typing(">nosuch\n")),
            .check { screen in
                #expect(screen.contains { $0.hasPrefix("Jump to question id: nosuch") })
                #expect(screen.contains { $0.hasPrefix("Error: ") })
            },
            .keys([.control("u")] + Key.typing("channel\n")),
            .check { screen in
                #expect(screen.contains("How did you first hear about us?"))
                #expect(screen.contains("> (*) 2. A friend"))
            },
        ])
        let ending = try await TerminalInterviewDriver(terminal: terminal).runInteractive(&session)
        #expect(ending == .inputClosed(InterviewPosition(itemID: "channel")))
    }
}
