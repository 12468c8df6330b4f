import SurveyModel
import Testing

@testable import SurveyCollector

@testable import SurveyWeb

/// Answers go into the form's controls and come back unchanged, for every kind of step.
@Suite struct FormAnswerCodecTests {
    static func prompt(_ kind: PromptKind, dk: Bool = false) -> Prompt {
        Prompt(
            position: InterviewPosition(itemID: "q"), surveyTitle: "", sectionID: "s", sectionTitle: nil, number: 1,
            total: 1, text: "", help: nil, kind: kind, required: true, allowDontKnow: dk, allowRefused: false)
    }

    static let options = [
        PromptOption(number: 1, code: "a", label: "A"), PromptOption(number: 2, code: "b", label: "B"),
        PromptOption(number: 3, code: "other", label: "Other", other: true),
    ]
    static let scale = PromptScale(min: 1, max: 5)

    @Test(
        arguments: [
            (PromptKind.singleChoice(options), AnswerValue.code("other"), ["other": "a stall"]),
            (.multipleChoice(options, min: nil, max: nil), .codes(["a", "b"]), [:]),
            (.scale(scale), .number(4), [:]),
            (.numeric(integer: false, min: nil, max: nil, unit: nil), .number(12.5), [:]),
            (.text(maxLength: nil), .text("<script>x</script>"), [:]),
            (.date(min: nil, max: nil), .date("2026-11-30"), [:]),
            (.ranking(options, top: 2), .ranking(["b", "a"]), [:]),
            (.matrix(rows: options, scale: scale), .grid(["a": 1, "b": 5, "other": 3]), [:]),
            (.importance(needs: options, scale: scale, performance: scale), .grid(["a": 5, "a.perf": 2]), [:]),
            (
                .kano(
                    features: [PromptKanoFeature(number: 1, code: "k", label: "", functional: "", dysfunctional: "")],
                    answers: ["1", "2", "3", "4", "5"]), .grid(["k.f": 1, "k.d": 4]), [:]
            ),
            (
                .maxDiff(sets: [Array(options.prefix(3))]),
                .maxDiff([MaxDiffChoice(shown: ["a", "b", "other"], best: "b", worst: "a")]), [:]
            ),
            (.singleChoice(options), .dontKnow, [:]),
        ] as [(PromptKind, AnswerValue, [String: String])])
    func answersRoundTrip(_ kind: PromptKind, _ answer: AnswerValue, _ others: [String: String]) throws {
        let prompt = Self.prompt(kind, dk: true)
        var fields = FormAnswerCodec.fields(for: prompt, answer: answer, otherTexts: others)
        fields.set("step", "q")
        let input = try FormAnswerCodec.input(fields, for: prompt).get()
        #expect(input == .answer(answer, otherTexts: others))
    }

    @Test func emptyFormsKeepOrEndTheLadderAndBadValuesAreProblems() throws {
        #expect(
            try FormAnswerCodec.input(FormFields(urlEncoded: "step=q"), for: Self.prompt(.scale(Self.scale))).get()
                == .keep)
        let probe = Self.prompt(.probe(depth: 2, maxDepth: 3, option: nil))
        #expect(try FormAnswerCodec.input(FormFields(urlEncoded: "why="), for: probe).get() == .why(""))
        let rank = FormAnswerCodec.input(
            FormFields(urlEncoded: "rank.a=1&rank.b=1"), for: Self.prompt(.ranking(Self.options, top: nil)))
        #expect(throws: FormProblem.self) { try rank.get() }
        let number = FormAnswerCodec.input(
            FormFields(urlEncoded: "a=twelve"), for: Self.prompt(.numeric(integer: true, min: nil, max: nil, unit: nil))
        )
        #expect(throws: FormProblem.self) { try number.get() }
    }

    @Test func acceptLanguagePreferencesFollowTheirQuality() {
        #expect(WebLanguage.preferences("de;q=0.5, zh-CN, en;q=0.8, *") == ["zh-CN", "en", "de"])
    }
}
