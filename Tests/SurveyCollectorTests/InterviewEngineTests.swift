import SurveyModel
import Testing

@testable import SurveyCollector

@Suite struct InterviewEngineTests {
    @Test func startsAtTheNoteAndPipesAnswersIntoLaterTexts() throws {
        var e = engine()
        #expect(e.at == "intro")
        #expect(e.prompt?.kind == .note(.info))
        e.take(.acknowledge)
        #expect(e.at == "age")
        e.take(.answer(.number(40)))
        e.take(.answer(.code("y")))
        let prompt = try #require(e.prompt)
        #expect(prompt.position.itemID == "nps")
        #expect(prompt.sectionTitle == "Your experience (40 years)")
        #expect(prompt.number == 3 && prompt.total >= 10)
    }

    /// The engine's own messages come in the interview's language (the terminal and the web show them as they are).
    @Test func refusalsAreInTheInterviewLanguage() {
        var e = InterviewEngine(
            survey: TestSurveys.everyType(), respondent: Respondent(id: "p1"), seed: 1, language: "zh")
        _ = e.begin()
        e.take(.acknowledge)
        #expect(e.refuse(.answer(.number(17))) == "数字不能小于 18。")
        #expect(e.refuse(.answer(.number(40.5))) == "请输入整数。")
        #expect(e.refuse(.answer(.dontKnow)) == "此题不能选择“不知道”。")
        var english = engine()
        english.take(.acknowledge)
        #expect(english.refuse(.answer(.number(17))) == "the number must be at least 18")
    }

    @Test func rejectsAnswersOfTheWrongShapeOrOutOfRange() {
        var e = engine()
        e.take(.acknowledge)
        #expect(e.refuse(.answer(.number(17))).contains("at least 18"))
        e.refuse(.answer(.number(40.5)))
        e.refuse(.answer(.code("x")))
        e.refuse(.answer(.dontKnow))
        e.refuse(.keep)
        #expect(e.at == "age")
        e.take(.answer(.number(40)))
        e.refuse(.answer(.code("maybe")))
        e.refuse(.acknowledge)
        e.refuse(.why("text"))
    }

    @Test func softCheckWarnsAndCanBeConfirmedOrAnsweredAgain() {
        var e = engine()
        e.take(.acknowledge)
        #expect(e.submit(.answer(.number(95))) == .needsConfirmation("Please confirm the age"))
        #expect(e.at == "age")
        #expect(e.submit(.answer(.number(96))) == .needsConfirmation("Please confirm the age"))
        let events = e.take(.confirm)
        #expect(events.first == .answered(questionID: "age", value: .number(96), otherTexts: [:]))
        #expect(e.at == "user")
        e.refuse(.confirm)
    }

    @Test func sectionConditionSkipsAndFinishesComplete() {
        var e = engine()
        e.take(.acknowledge)
        e.take(.answer(.number(40)))
        let events = e.take(.answer(.code("n")))
        #expect(events.suffix(2) == [.cursor(nil, isDefault: true), .finished(.complete)])
        #expect(e.isFinished && e.prompt == nil)
    }

    @Test func ladderAsksUpToDepthPipesPreviousAndStopsOnEmpty() throws {
        var e = engine()
        e.take(.acknowledge)
        e.take(.answer(.number(40)))
        e.take(.answer(.code("y")))
        e.take(.answer(.number(3)))
        #expect(e.at == "why_nps@1")
        #expect(e.prompt?.text == "Why would you give us 3?")
        e.take(.why("  Fees are high "))
        #expect(e.at == "why_nps@2")
        #expect(e.prompt?.text == "Why does 'Fees are high' matter to you?")
        e.take(.why("I save for a house"))
        let events = e.take(.why(""))
        #expect(events.contains(.ladderStep(LadderStep(probeID: "why_nps", questionID: "nps", depth: 3, text: ""))))
        #expect(e.ladder.map(\.depth) == [1, 2, 3])
        #expect(e.ladder[0].text == "Fees are high")
        // The computed variable `detractor` opens the optional question `fix`; an empty line skips it.
        #expect(e.at == "fix")
        e.take(.keep)
        #expect(e.at == "liked")
    }

    @Test func emptyFirstAnswerEndsTheLadderAtOnce() {
        var e = engine()
        e.take(.acknowledge)
        e.take(.answer(.number(40)))
        e.take(.answer(.code("y")))
        e.take(.answer(.number(5)))
        e.take(.why(""))
        #expect(e.at == "fix")
    }

    @Test func multipleChoiceMinMaxExclusiveAndOtherSpecify() throws {
        var e = engineAtLiked()
        #expect(e.at == "liked")
        e.refuse(.answer(.codes([])))
        #expect(e.refuse(.answer(.codes(["app", "branch", "rates"]))).contains("at most 2"))
        #expect(e.refuse(.answer(.codes(["app", "none"]))).contains("exclusive"))
        #expect(e.refuse(.answer(.codes(["app", "o"]))).contains("specify"))
        let events = e.take(.answer(.codes(["o", "app", "app"]), otherTexts: ["o": "cashback"]))
        #expect(
            events.first
                == .answered(questionID: "liked", value: .codes(["o", "app"]), otherTexts: ["liked.o": "cashback"]))
        #expect(e.otherTexts == ["liked.o": "cashback"])
        // each-selected probe: one ladder per selected option, in selection order
        #expect(e.at == "why_liked[o]@1")
        #expect(e.prompt?.text == "Why do you like Other?")
        e.take(.why("money back"))
        e.take(.why(""))
        #expect(e.at == "why_liked[app]@1")
        e.take(.why("quick"))
        e.take(.why("busy"))
        #expect(e.at == "sat")
        #expect(e.ladder.filter { $0.probeID == "why_liked" }.map(\.optionCode) == ["app", "app", "o", "o"])
    }

    @Test func exclusiveOptionAloneAndDontKnowWhereAllowed() {
        var e = engineAtLiked()
        e.take(.answer(.codes(["none"])))
        #expect(e.at == "why_liked[none]@1")
        var d = engineAtLiked()
        d.take(.answer(.dontKnow))
        #expect(d.at == "sat")  // no probe about a don't-know answer
    }

    @Test func hardCheckAcrossQuestionsAndRefused() {
        var e = engineAtLiked()
        e.take(.answer(.codes(["app"])))
        e.take(.why(""))
        e.take(.answer(.refused))
        #expect(e.at == "rank")
        var low = engine()
        low.take(.acknowledge)
        low.take(.answer(.number(40)))
        low.take(.answer(.code("y")))
        low.take(.answer(.number(1)))
        low.take(.why(""))
        low.take(.keep)
        low.take(.answer(.codes(["rates"])))
        low.take(.why(""))
        #expect(low.refuse(.answer(.number(5))) == "Inconsistent with NPS")
        low.take(.answer(.number(4)))
    }

    @Test func rankingMatrixImportanceMaxDiffKanoTextDate() throws {
        var e = engineAtLiked()
        e.take(.answer(.codes(["app"])))
        e.take(.why(""))
        e.take(.answer(.number(4)))
        #expect(e.refuse(.answer(.ranking(["s", "y", "f"]))).contains("exactly 2"))
        e.refuse(.answer(.ranking(["s", "s"])))
        e.take(.answer(.ranking(["f", "s"])))
        e.refuse(.answer(.grid(["web": 4])))
        e.refuse(.answer(.grid(["web": 4, "phone": 6])))
        e.take(.answer(.grid(["web": 4, "phone": 2])))
        e.refuse(.answer(.grid(["safety": 5, "yield": 3])))
        e.take(.answer(.grid(["safety": 5, "yield": 3, "safety.perf": 4, "yield.perf": 2])))
        let prompt = try #require(e.prompt)
        guard case .maxDiff(let sets) = prompt.kind else {
            Issue.record("expected maxdiff")
            return
        }
        #expect(sets.count == 4 && sets.allSatisfy { $0.count == 3 })
        var choices = sets.map { MaxDiffChoice(shown: $0.map(\.code), best: $0[0].code, worst: $0[2].code) }
        choices[1].worst = choices[1].best
        e.refuse(.answer(.maxDiff(choices)))
        choices[1].worst = sets[1][1].code
        e.refuse(.answer(.maxDiff(Array(choices.dropLast()))))
        e.take(.answer(.maxDiff(choices)))
        e.refuse(.answer(.grid(["alerts.f": 1])))
        e.take(.answer(.grid(["alerts.f": 1, "alerts.d": 5])))
        #expect(e.refuse(.answer(.text("not an address"))) == "the text does not have the expected form")
        e.take(.answer(.text("ann@example.org")))
        e.refuse(.answer(.date("2023-02-29")))
        e.refuse(.answer(.date("1980-01-01")))
        let events = e.take(.answer(.date("2024-02-29")))
        #expect(events.last == .finished(.complete))
        #expect(e.answers.count == 12)  // `fix` is skipped: not a detractor
    }

    @Test func backKeepsAnswersAndSetsAsideTheOnesThatLeaveThePath() {
        var e = engineAtLiked()
        e.take(.answer(.codes(["app"])))
        e.take(.why("quick"))
        e.take(.why(""))
        #expect(e.at == "sat")
        e.take(.back)
        #expect(e.at == "why_liked[app]@2")
        e.take(.back)
        e.take(.back)
        #expect(e.at == "liked")
        #expect(e.prompt?.currentAnswer == .codes(["app"]))
        e.take(.back)
        e.take(.back)
        #expect(e.at == "user")
        #expect(e.answers["nps"] == .number(9))
        // Keeping the answer goes forward through answered questions with their answers.
        e.take(.keep)
        #expect(e.at == "nps")
        e.take(.back)
        e.take(.back)
        #expect(e.at == "age")
        e.refuse(.back)
        e.take(.jump("user"))
        let events = e.take(.answer(.code("n")))
        #expect(events.contains(.answerSetAside(questionID: "nps", reason: .unreachable)))
        #expect(events.contains(.answerSetAside(questionID: "liked", reason: .unreachable)))
        #expect(events.contains(.ladderStepSetAside(probeID: "why_liked", optionCode: "app", depth: 1)))
        #expect(events.last == .finished(.complete))
        #expect(Set(e.answers.keys) == ["age", "user"])
        #expect(e.ladder.isEmpty)
    }

    @Test func changingAnEarlierAnswerKeepsLaterAnswersStillOnThePath() {
        var e = engineAtLiked()
        e.take(.answer(.codes(["app", "rates"])))
        e.take(.why("quick"))
        e.take(.why(""))
        e.take(.why("cheap"))
        e.take(.why(""))
        e.take(.answer(.number(4)))
        e.take(.jump("liked"))
        let events = e.take(.answer(.codes(["rates"])))
        #expect(events.contains(.ladderStepSetAside(probeID: "why_liked", optionCode: "app", depth: 1)))
        #expect(!events.contains(.ladderStepSetAside(probeID: "why_liked", optionCode: "rates", depth: 1)))
        #expect(e.at == "why_liked[rates]@1")
        #expect(e.prompt?.currentText == "cheap")
        e.take(.keep)
        e.take(.keep)
        #expect(e.at == "sat")
        #expect(e.answers["sat"] == .number(4))
        e.take(.keep)
        #expect(e.at == "rank")
    }

    @Test func jumpOnlyToReachableSteps() {
        var e = engineAtLiked()
        #expect(e.refuse(.jump("rank")).contains("not reachable"))
        #expect(e.refuse(.jump("nope")).contains("no question"))
        e.take(.jump("age"))
        #expect(e.at == "age")
        e.take(.jump("liked"))
        #expect(e.at == "liked")
    }

    @Test func optionsAreRandomizedPerSeedWithAnchorsFixedAndReplayExactly() throws {
        func order(_ seed: UInt64) throws -> [String] {
            let e = engineAtLiked(seed: seed)
            guard case .multipleChoice(let options, _, _) = try #require(e.prompt).kind else { return [] }
            return options.map(\.code)
        }
        var orders = Set<[String]>()
        for seed in 1...12 as ClosedRange<UInt64> {
            let codes = try order(seed)
            #expect(codes.suffix(2) == ["o", "none"])
            #expect(try order(seed) == codes)
            orders.insert(codes)
        }
        #expect(orders.count > 2)
    }

    @Test func randomizedInterviewReplaysFromItsSeed() {
        var survey = TestSurveys.everyType()
        survey.sections[1].randomize = true
        let run = { (seed: UInt64) -> [String] in
            var e = engine(survey, seed: seed)
            var visited: [String] = []
            var generator = SplitMix64(seed: seed)
            while let prompt = e.prompt {
                visited.append(prompt.position.description + ":" + "\(prompt.kind)".prefix(60))
                let input = SyntheticRespondent.input(for: prompt, engine: e, profile: nil, generator: &generator)
                if case .needsConfirmation = e.submit(input) { _ = e.submit(.confirm) }
            }
            return visited
        }
        let first = run(42)
        #expect(first.count > 10)
        #expect(run(42) == first)
        #expect(run(43) != first)
        // A why probe always follows its what question, even when the section's items are shuffled.
        for seed in 1...8 as ClosedRange<UInt64> {
            let steps = run(seed).map { String($0.prefix { $0 != ":" && $0 != "[" && $0 != "@" }) }
            if let probe = steps.firstIndex(of: "why_liked") { #expect(steps[probe - 1] == "liked") }
        }
    }

    @Test func rotatingSectionsSwapPlacesOnly() {
        let sections = (1...4).map { index in
            var section = Section(
                id: "s\(index)",
                items: [
                    .what(WhatQuestion(id: "q\(index)", text: "Q", kind: .rating(scale: RatingScale(min: 1, max: 5))))
                ])
            section.rotate = index != 1
            return section
        }
        let survey = Survey(id: "rot", title: "Rotation", sections: sections)
        var orders = Set<[String]>()
        for seed in 1...10 as ClosedRange<UInt64> {
            var e = engine(survey, seed: seed)
            var order: [String] = []
            while let id = e.cursor?.itemID {
                order.append(id)
                e.take(.answer(.number(3)))
            }
            #expect(order.first == "q1" && Set(order) == ["q1", "q2", "q3", "q4"])
            orders.insert(order)
        }
        #expect(orders.count > 1)
    }

    @Test func fullQuotaScreensOutWithDisposition480() {
        var e = engine()
        e.fullQuotas = ["q_older"]
        e.take(.acknowledge)
        let events = e.take(.answer(.number(60)))
        #expect(events.last == .finished(.quotaFull("q_older")))
        #expect(e.outcome?.disposition == .quotaFull)
        var young = engine()
        young.fullQuotas = ["q_older"]
        young.take(.acknowledge)
        young.take(.answer(.number(30)))
        #expect(young.at == "user")
        #expect(young.quotaCells.isEmpty)
    }

    @Test func resumesAtTheStoredCursorOrTheFirstUnansweredStep() {
        var e = engineAtLiked()
        e.take(.answer(.codes(["app"])))
        e.take(.why("quick"))
        let survey = TestSurveys.everyType()
        let resumed = InterviewEngine(
            survey: survey, respondent: e.respondent, seed: 1, answers: e.answers, otherTexts: e.otherTexts,
            ladder: e.ladder, cursor: e.cursor)
        #expect(resumed.at == "why_liked[app]@2")
        let noCursor = InterviewEngine(
            survey: survey, respondent: e.respondent, seed: 1, answers: e.answers, ladder: e.ladder)
        #expect(noCursor.at == "why_liked[app]@2")
        let backCursor = InterviewEngine(
            survey: survey, respondent: e.respondent, seed: 1, answers: e.answers, ladder: e.ladder,
            cursor: InterviewPosition(itemID: "user"))
        #expect(backCursor.at == "user")
    }

    @Test func translatesTextsAndFallsBackToTheDefaultLanguage() throws {
        var survey = TestSurveys.short(questions: 1)
        guard case .what(var question) = survey.sections[0].items[0] else {
            Issue.record("the test survey's first item is not a what question")
            return
        }
        question.text = LocalizedText("Question", translations: ["fr": "Question en français"])
        survey.sections[0].items[0] = .what(question)
        var e = InterviewEngine(survey: survey, respondent: Respondent(id: "x"), seed: 1, language: "fr")
        _ = e.begin()
        #expect(e.prompt?.text == "Question en français")
        #expect(e.prompt?.surveyTitle == "Short")
    }
}
