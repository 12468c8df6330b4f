import Testing

@testable import SurveyModel

@Suite struct SurveyOutlineTests {
    private func expression(_ reference: String, _ op: BinaryOperator, _ number: Double) -> Expression {
        let lhs = ExpressionNode(.reference(Reference(id: reference)))
        return Expression(root: ExpressionNode(.binary(op, lhs, ExpressionNode(.literal(.number(number))))))
    }

    private var survey: Survey {
        let nps = WhatQuestion(id: "nps", text: "How likely?", kind: .nps(labels: NPSLabels()))
        let reasons = WhatQuestion(
            id: "reasons", text: "Why?",
            kind: .multipleChoice(
                options: .inline([
                    ChoiceOption(code: "price", label: "Price"),
                    ChoiceOption(code: "none", label: "None", anchored: true, exclusive: true),
                ]), min: 1, max: 2),
            when: expression("nps", .lessOrEqual, 6), randomize: true,
            checks: [Check(condition: expression("nps", .greaterOrEqual, 0), severity: .soft, message: "Sure?")])
        let probe = WhyProbe(
            id: "why_reasons", about: "reasons", text: "Why {answer}?", target: .eachSelected, ladderDepth: 3)
        return Survey(
            id: "demo", version: SemanticVersion(1, 2, 3), title: "Demo 调查", translations: ["zh"],
            sections: [
                Section(
                    id: "main", title: "Main", stage: .key, minutes: 20,
                    items: [.what(nps), .what(reasons), .why(probe), .note(Note(id: "bye", text: "Thanks"))])
            ],
            segments: [Segment(id: "detractors", label: "Detractors", when: expression("nps", .lessOrEqual, 6))])
    }

    @Test func rendersHeaderItemsLogicAndTotals() {
        #expect(
            SurveyOutline(survey).render() == """
                survey demo 1.2.3: Demo 调查
                  kind: survey
                  languages: en (default), zh
                  segment detractors when {nps} <= 6

                section main "Main" [stage key, 20 min]
                  WHAT  nps          nps 0-10
                  WHAT  reasons      multiple, 2 options (exclusive, anchored), min 1, max 2 · randomized
                                     when: {nps} <= 6
                                     check (soft): {nps} >= 0
                  WHY   why_reasons  about reasons, each selected, ladder depth 3
                  NOTE  bye          info

                totals: 2 what questions, 1 why probe, 1 note, max ladder depth 3

                """)
    }

    @Test func totalsCountWhatWhyAndNotes() {
        #expect(
            SurveyOutline(survey).totals
                == SurveyOutline.Totals(whatQuestions: 2, whyProbes: 1, notes: 1, maxLadderDepth: 3))
        #expect(SurveyOutline(Survey(id: "empty", title: "Empty")).totals.maxLadderDepth == 0)
    }
}
