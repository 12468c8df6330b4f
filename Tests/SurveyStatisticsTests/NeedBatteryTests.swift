import SurveyModel
import Testing

@testable import SurveyStatistics

@Suite struct NeedBatteryTests {
    @Test func theRowOfAnAttentionCheckIsNotANeed() {
        let rows = ["app", "check", "branch"].map { ChoiceOption(code: $0, label: LocalizedText($0)) }
        let scale = RatingScale(min: 1, max: 5)
        let survey = Survey(
            id: "s", title: "T",
            sections: [
                Section(
                    id: "s1",
                    items: [
                        .what(
                            WhatQuestion(
                                id: "moments", text: "How was it?", kind: .matrix(rows: rows, scale: scale),
                                attentionCheck: AttentionCheck(row: "check", expected: ["2"]))),
                        .what(
                            WhatQuestion(
                                id: "imp", text: "How important?",
                                kind: .importance(needs: rows, scale: scale, performance: scale),
                                attentionCheck: AttentionCheck(row: "branch", expected: ["5"]))),
                        .what(WhatQuestion(id: "plain", text: "Rate", kind: .matrix(rows: rows, scale: scale))),
                    ])
            ])
        let batteries = NeedBattery.batteries(in: survey)
        #expect(batteries.map { $0.needs.map(\.code) } == [["app", "branch"], ["app", "check"], rows.map(\.code)])
        #expect(batteries[0].columns == ["moments.app", "moments.branch"])
        #expect(batteries[1].columns == ["imp.app", "imp.app.perf", "imp.check", "imp.check.perf"])
    }
}
