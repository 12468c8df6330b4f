import Testing

@testable import SurveyModel

@Suite struct ResponseValuesTests {
    private func expression(_ root: ExpressionNode.Kind) -> Expression { Expression(root: ExpressionNode(root)) }

    private var survey: Survey {
        let older = expression(
            .binary(
                .greaterOrEqual, ExpressionNode(.reference(Reference(id: "age"))), ExpressionNode(.literal(.number(55)))
            ))
        let band = expression(
            .call(
                "iif",
                [
                    ExpressionNode(.reference(Reference(id: "older"))), ExpressionNode(.literal(.string("55+"))),
                    ExpressionNode(.literal(.string("under 55"))),
                ]))
        let question = WhatQuestion(
            id: "goals", text: "Goals",
            kind: .multipleChoice(options: .inline([ChoiceOption(code: "home", label: "Home")]), min: nil, max: nil))
        return Survey(
            id: "s", title: "S",
            attributes: [AttributeDefinition(id: "age", type: .number), AttributeDefinition(id: "vip", type: .bool)],
            computed: [ComputedVariable(id: "band", expression: band)],
            sections: [Section(id: "a", items: [.what(question)])],
            segments: [Segment(id: "older", label: "Older", when: older)])
    }

    @Test func resolvesAnswersPartsComputedVariablesSegmentsAndTypedAttributes() {
        let values = ResponseValues(
            survey: survey, answers: ["goals": .codes(["home"])],
            attributes: ["age": "61", "vip": "yes", "region": "north"])
        #expect(values.value(of: "older") == .bool(true))
        #expect(values.value(of: "band") == .string("55+"))
        #expect(values.value(Reference(id: "goals", part: "home")) == .number(1))
        #expect(values.value(Reference(id: "goals", part: "car")) == .number(0))
        #expect(values.value(of: "vip") == .bool(true))
        #expect(values.value(of: "region") == .string("north"))
        #expect(values.value(of: "unknown") == .null)
        let younger = ResponseValues(survey: survey, answers: [:], attributes: ["age": "30"])
        #expect(younger.value(of: "band") == .string("under 55"))
        #expect(younger.value(of: "goals") == .null)
    }
}
