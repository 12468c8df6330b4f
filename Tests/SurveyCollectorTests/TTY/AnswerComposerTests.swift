import SurveyModel
import Testing

@testable import SurveyCollector
@testable import SurveyTerminal

@Suite("Answer composer")
struct AnswerComposerTests {
    private func prompt(_ kind: PromptKind, required: Bool = true, dontKnow: Bool = false) -> Prompt {
        Prompt(
            position: InterviewPosition(itemID: "q"), surveyTitle: "S", sectionID: "s", sectionTitle: nil, number: 1,
            total: 1, text: "Q?", help: nil, kind: kind, required: required, allowDontKnow: dontKnow,
            allowRefused: false)
    }

    private func options(_ count: Int, exclusiveLast: Bool = false) -> [PromptOption] {
        (1...count).map {
            PromptOption(number: $0, code: "c\($0)", label: "Option \($0)", exclusive: exclusiveLast && $0 == count)
        }
    }

    private func press(_ keys: [Key], _ composer: inout AnswerComposer) -> ComposerAction {
        var last = ComposerAction.redraw
        for key in keys { last = composer.handle(key) }
        return last
    }

    @Test func digitsBuildTwoDigitOptionNumbersInLongLists() {
        var composer = AnswerComposer(prompt: prompt(.singleChoice(options(12))))
        #expect(press(Key.typing("12\n"), &composer) == .submit(.answer(.code("c12"))))
        composer = AnswerComposer(prompt: prompt(.singleChoice(options(12))))
        // "1" then "3" cannot be 13: the 3 starts a new number.
        #expect(press(Key.typing("13\n"), &composer) == .submit(.answer(.code("c3"))))
        composer = AnswerComposer(prompt: prompt(.singleChoice(options(3))))
        _ = press(Key.typing("7"), &composer)
        #expect(composer.message == ScreenMessage(.error, "There is no option 7; the options are 1 to 3."))
    }

    @Test func multipleChoiceWithManyOptionsUsesTheCursorAndSpace() {
        var composer = AnswerComposer(prompt: prompt(.multipleChoice(options(12), min: nil, max: nil)))
        _ = press(Key.typing("11") + [.character(" "), .down, .character(" "), .pageUp, .character(" ")], &composer)
        // PgUp moves 10 options up (the default page): from 12 to 2.
        #expect(press([.enter], &composer) == .submit(.answer(.codes(["c11", "c12", "c2"]))))
    }

    @Test func exclusiveOptionClearsTheOthersAndViceVersa() {
        let kind = PromptKind.multipleChoice(options(4, exclusiveLast: true), min: 1, max: nil)
        var composer = AnswerComposer(prompt: prompt(kind))
        _ = press(Key.typing("124"), &composer)
        #expect(composer.chosen == [3])
        _ = press(Key.typing("2"), &composer)
        #expect(press([.enter], &composer) == .submit(.answer(.codes(["c2"]))))
    }

    @Test func topKRankingNeedsExactlyKAndBackspaceUndoes() {
        var composer = AnswerComposer(prompt: prompt(.ranking(options(4), top: 2)))
        _ = press(Key.typing("3\n"), &composer)
        #expect(composer.message == ScreenMessage(.error, "Rank 2 items; 1 ranked so far."))
        _ = press(Key.typing("1") + [.backspace] + Key.typing("4"), &composer)
        #expect(press([.enter], &composer) == .submit(.answer(.ranking(["c3", "c4"]))))
    }

    @Test func optionalQuestionsKeepOnEmptyEnterAndSpecialAnswersNeedPermission() {
        var composer = AnswerComposer(prompt: prompt(.singleChoice(options(2)), required: false))
        #expect(press([.enter], &composer) == .submit(.keep))
        composer = AnswerComposer(prompt: prompt(.singleChoice(options(2)), dontKnow: true))
        #expect(press(Key.typing("d"), &composer) == .submit(.answer(.dontKnow)))
        #expect(press(Key.typing("r"), &composer) == .redraw)
        #expect(composer.message?.kind == .error)
    }

    @Test func textAnswersTreatCommandLettersAsTextAndUseLineCommands() {
        var composer = AnswerComposer(prompt: prompt(.text(maxLength: nil), dontKnow: true))
        #expect(press(Key.typing("dr?<\n"), &composer) == .submit(.answer(.text("dr?<"))))
        composer = AnswerComposer(prompt: prompt(.text(maxLength: nil), dontKnow: true))
        #expect(press(Key.typing("<\n"), &composer) == .submit(.back))
        #expect(press(Key.typing("?\n"), &composer) == .help)
        #expect(press([.function(2)], &composer) == .submit(.answer(.dontKnow)))
    }

    @Test func whyLadderEmptyLineStops() {
        var composer = AnswerComposer(prompt: prompt(.probe(depth: 2, maxDepth: 3, option: nil), required: false))
        #expect(press([.enter], &composer) == .submit(.why("")))
        let guidance = "Why ladder, step 2 of up to 3. Press Enter on an empty line to stop."
        #expect(composer.screen().details.contains(guidance))
    }

    @Test func numericInputRejectsLettersLocallyAndParsesDecimals() {
        var composer = AnswerComposer(prompt: prompt(.numeric(integer: false, min: nil, max: nil, unit: nil)))
        _ = press(Key.typing("x"), &composer)
        #expect(composer.message?.kind == .error)
        #expect(press(Key.typing("-2.5\n"), &composer) == .submit(.answer(.number(-2.5))))
    }

    @Test func matrixStepsValidateTheScaleAndStepBack() {
        let rows = [PromptOption(number: 1, code: "a", label: "A"), PromptOption(number: 2, code: "b", label: "B")]
        var composer = AnswerComposer(prompt: prompt(.matrix(rows: rows, scale: PromptScale(min: 1, max: 5))))
        _ = press(Key.typing("9\n"), &composer)
        #expect(composer.message == ScreenMessage(.error, "Type a whole number from 1 to 5, then Enter."))
        _ = press([.backspace] + Key.typing("2\n"), &composer)
        #expect(composer.stepIndex == 1)
        _ = press(Key.typing("<"), &composer)
        #expect(composer.stepIndex == 0 && composer.editor.text == "2")
        #expect(press(Key.typing("\n4\n"), &composer) == .submit(.answer(.grid(["a": 2, "b": 4]))))
        composer = AnswerComposer(prompt: prompt(.matrix(rows: rows, scale: PromptScale(min: 1, max: 5))))
        #expect(press(Key.typing("<"), &composer) == .submit(.back))
    }

    @Test func comingBackShowsTheStoredAnswer() {
        var stored = prompt(.ranking(options(3), top: nil))
        stored.currentAnswer = .ranking(["c2", "c3", "c1"])
        var composer = AnswerComposer(prompt: stored)
        #expect(composer.screen().options.map(\.mark) == [.rank(3), .rank(1), .rank(2)])
        #expect(press([.enter], &composer) == .submit(.answer(.ranking(["c2", "c3", "c1"]))))
    }
}

@Suite("Answer composer jump")
struct AnswerComposerJumpTests {
    @Test func greaterThanOrF4TypesAQuestionIdToJumpTo() {
        let prompt = Prompt(
            position: InterviewPosition(itemID: "q"), surveyTitle: "S", sectionID: "s", sectionTitle: nil, number: 1,
            total: 1, text: "Q?", help: nil, kind: .singleChoice([PromptOption(number: 1, code: "a", label: "A")]),
            required: true, allowDontKnow: false, allowRefused: false)
        var composer = AnswerComposer(prompt: prompt)
        _ = composer.handle(.character(">"))
        for character in "age" { _ = composer.handle(.character(character)) }
        #expect(composer.screen().input?.prompt == "Jump to question id: ")
        #expect(composer.handle(.enter) == .submit(.jump("age")))
        _ = composer.handle(.escape)
        #expect(composer.jumpEditor == nil)
        var text = AnswerComposer(
            prompt: Prompt(
                position: InterviewPosition(itemID: "t"), surveyTitle: "S", sectionID: "s", sectionTitle: nil,
                number: 1,
                total: 1, text: "T?", help: nil, kind: .text(maxLength: nil), required: true, allowDontKnow: false,
                allowRefused: false))
        _ = text.handle(.character(">"))
        #expect(text.editor.text == ">")
        _ = text.handle(.function(4))
        #expect(text.jumpEditor != nil)
    }
}
