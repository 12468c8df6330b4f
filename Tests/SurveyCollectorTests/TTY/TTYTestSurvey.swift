import SurveyModel
import SurveyParser

/// A survey with every question type (and a note, a why ladder, a soft check, an "other, specify" option,
/// don't know and refused) for the terminal driver tests.
enum TTYTestSurvey {
    static func expression(_ text: String) -> Expression {
        // The texts below are valid; a parse failure is a test bug.
        try! ExpressionParser.parse(text)
    }

    static let scale5 = RatingScale(
        min: 1, max: 5, labels: [ScaleLabel(value: 1, text: "Very poor"), ScaleLabel(value: 5, text: "Excellent")])

    static let survey = Survey(
        id: "bank", title: "Bank customer survey",
        sections: [
            Section(
                id: "about", title: "About you",
                items: [
                    .what(
                        WhatQuestion(
                            id: "channel", text: "How did you first hear about us?",
                            kind: .singleChoice(
                                options: .inline([
                                    ChoiceOption(code: "web", label: "Website"),
                                    ChoiceOption(code: "friend", label: "A friend"),
                                    ChoiceOption(code: "other", label: "Other", other: true),
                                ])),
                            allowDontKnow: true)),
                    .what(
                        WhatQuestion(
                            id: "products", text: "Which products do you use?",
                            kind: .multipleChoice(
                                options: .inline([
                                    ChoiceOption(code: "current", label: "Current account"),
                                    ChoiceOption(code: "savings", label: "Savings"),
                                    ChoiceOption(code: "card", label: "Credit card"),
                                    ChoiceOption(code: "none", label: "None of these", exclusive: true),
                                ]), min: 1, max: nil))),
                    .note(Note(id: "intro", text: "Thank you. Now a few ratings.")),
                ]),
            Section(
                id: "ratings", title: "Ratings",
                items: [
                    .what(
                        WhatQuestion(
                            id: "overall", text: "How would you rate us overall?", kind: .rating(scale: scale5))),
                    .what(
                        WhatQuestion(
                            id: "nps", text: "How likely are you to recommend us?", kind: .nps(labels: NPSLabels()))),
                    .why(
                        WhyProbe(
                            id: "nps_why", about: "nps", text: "Why would you give us {answer}?", ladderDepth: 2)),
                    .what(
                        WhatQuestion(
                            id: "age", text: "How old are you?",
                            kind: .numeric(integer: true, min: 16, max: 120, unit: "years"),
                            allowRefused: true,
                            checks: [
                                Check(
                                    condition: expression("{age} <= 100"), severity: .soft,
                                    message: "That age is unusual; please check.")
                            ])),
                    .what(
                        WhatQuestion(
                            id: "postcode", text: "Your postcode (optional)", kind: .text(maxLength: 10, pattern: nil),
                            required: false)),
                    .what(
                        WhatQuestion(
                            id: "since", text: "Since when are you a customer?", kind: .date(min: nil, max: nil))),
                ]),
            Section(
                id: "priorities", title: "Priorities",
                items: [
                    .what(
                        WhatQuestion(
                            id: "rank", text: "Rank what matters most.",
                            kind: .ranking(
                                items: .inline([
                                    ChoiceOption(code: "fees", label: "Low fees"),
                                    ChoiceOption(code: "service", label: "Good service"),
                                    ChoiceOption(code: "app", label: "A good app"),
                                ]), top: nil))),
                    .what(
                        WhatQuestion(
                            id: "grid", text: "Rate each of these.",
                            kind: .matrix(
                                rows: [
                                    ChoiceOption(code: "staff", label: "Staff"),
                                    ChoiceOption(code: "branch", label: "Branch"),
                                ],
                                scale: scale5))),
                    .what(
                        WhatQuestion(
                            id: "needs", text: "How important is this, and how well do we do it?",
                            kind: .importance(
                                needs: [ChoiceOption(code: "speed", label: "Fast transfers")], scale: scale5,
                                performance: scale5))),
                    .what(
                        WhatQuestion(
                            id: "best", text: "Which matters most and least?",
                            kind: .maxDiff(
                                items: ["a", "b", "c", "d"].map {
                                    ChoiceOption(code: $0, label: LocalizedText("Item \($0.uppercased())"))
                                },
                                perSet: 3, sets: 2, seed: 7))),
                    .what(
                        WhatQuestion(
                            id: "kano", text: "About mobile payments:",
                            kind: .kano(features: [
                                KanoFeature(
                                    code: "pay", label: "Mobile payments",
                                    functional: "If the app has mobile payments, how do you feel?",
                                    dysfunctional: "If the app has no mobile payments, how do you feel?")
                            ]))),
                    .what(
                        WhatQuestion(
                            id: "comment", text: "您对我们的服务有什么建议？", kind: .text(maxLength: nil, pattern: nil),
                            required: false)),
                ]),
        ])
}
