import SurveyModel
import SurveyParser

/// Surveys built in code for the collector tests.
enum TestSurveys {
    static func expr(_ text: String) -> Expression {
        do { return try ExpressionParser.parse(text) } catch { fatalError("bad test expression \(text): \(error)") }
    }

    static func options(_ pairs: [(String, String)]) -> [ChoiceOption] {
        pairs.map { ChoiceOption(code: $0.0, label: LocalizedText($0.1)) }
    }

    /// A survey with every question type, a why ladder per answer and per selected option, checks, piping,
    /// a computed variable, a segment and a quota.
    static func everyType() -> Survey {
        let screening = Section(
            id: "screen", title: "Screening",
            items: [
                .note(Note(id: "intro", text: "Thank you for taking part.")),
                .what(
                    WhatQuestion(
                        id: "age", text: "How old are you?", kind: .numeric(integer: true, min: 18, max: 99, unit: "years"),
                        checks: [Check(condition: expr("{age} < 90"), severity: .soft, message: "Please confirm the age")])),
                .what(
                    WhatQuestion(
                        id: "user", text: "Do you bank with us?",
                        kind: .singleChoice(options: .inline(options([("y", "Yes"), ("n", "No")]))))),
            ])
        var features = options([("app", "Mobile app"), ("branch", "Branches"), ("rates", "Rates")])
        features.append(ChoiceOption(code: "o", label: "Other", anchored: true, other: true))
        features.append(ChoiceOption(code: "none", label: "None of these", anchored: true, exclusive: true))
        let experience = Section(
            id: "exp", title: "Your experience ({age} years)", when: expr("{user} = 'y'"),
            items: [
                .what(WhatQuestion(id: "nps", text: "How likely are you to recommend us?", kind: .nps(labels: NPSLabels()))),
                .why(
                    WhyProbe(
                        id: "why_nps", about: "nps", text: "Why would you give us {answer}?", when: expr("{nps} <= 6"),
                        ladderDepth: 3, ladderText: "Why does '{previous}' matter to you?")),
                .what(
                    WhatQuestion(
                        id: "fix", text: "What should we fix first?", kind: .text(maxLength: 100, pattern: nil),
                        when: expr("{detractor}"), required: false)),
                .what(
                    WhatQuestion(
                        id: "liked", text: "What do you like?", kind: .multipleChoice(options: .inline(features), min: 1, max: 2),
                        allowDontKnow: true, randomize: true)),
                .why(WhyProbe(id: "why_liked", about: "liked", text: "Why do you like {answer}?", target: .eachSelected, ladderDepth: 2)),
                .what(
                    WhatQuestion(
                        id: "sat", text: "Overall satisfaction?",
                        kind: .rating(scale: RatingScale(min: 1, max: 5, labels: [ScaleLabel(value: 5, text: "Very satisfied")])),
                        allowRefused: true,
                        checks: [Check(condition: expr("not ({sat} = 5 and {nps} <= 2)"), message: "Inconsistent with NPS")])),
                .what(
                    WhatQuestion(
                        id: "rank", text: "Rank what matters", kind: .ranking(items: .list("needs"), top: 2))),
                .what(
                    WhatQuestion(
                        id: "grid", text: "Rate each channel",
                        kind: .matrix(rows: options([("web", "Website"), ("phone", "Phone")]), scale: RatingScale(min: 1, max: 5)))),
                .what(
                    WhatQuestion(
                        id: "imp", text: "How important is each?",
                        kind: .importance(
                            needs: options([("safety", "Safety"), ("yield", "Yield")]), scale: RatingScale(min: 1, max: 5),
                            performance: RatingScale(min: 1, max: 5)))),
                .what(
                    WhatQuestion(
                        id: "md", text: "Most and least important?",
                        kind: .maxDiff(
                            items: options([("a", "A"), ("b", "B"), ("c", "C"), ("d", "D"), ("e", "E")]), perSet: 3,
                            sets: 4, seed: 7))),
                .what(
                    WhatQuestion(
                        id: "kano", text: "Features",
                        kind: .kano(features: [
                            KanoFeature(code: "alerts", label: "Alerts", functional: "If it has alerts?", dysfunctional: "If not?")
                        ]))),
                .what(
                    WhatQuestion(
                        id: "email", text: "E-mail?", kind: .text(maxLength: nil, pattern: "[^@ ]+@[^@ ]+"), required: false,
                        personal: true)),
                .what(WhatQuestion(id: "since", text: "Customer since?", kind: .date(min: "1990-01-01", max: "2026-12-31"))),
            ])
        return Survey(
            id: "every", title: "Every type", translations: ["fr"],
            optionLists: [OptionList(id: "needs", options: options([("s", "Safety"), ("y", "Yield"), ("f", "Fees")]))],
            computed: [ComputedVariable(id: "detractor", expression: expr("{nps} <= 6"))],
            sections: [screening, experience],
            segments: [Segment(id: "older", label: "55+", when: expr("{age} >= 55"))],
            quotas: [Quota(id: "q_older", when: expr("{older}"), target: 1)])
    }

    /// A short survey of single-choice and rating questions for scripted, crash and concurrency runs.
    static func short(questions: Int = 5) -> Survey {
        let items: [SurveyItem] = (1...questions).map { index in
            .what(
                WhatQuestion(
                    id: "q\(index)", text: LocalizedText("Question \(index)"),
                    kind: .rating(scale: RatingScale(min: 1, max: 5))))
        }
        return Survey(id: "short", title: "Short", sections: [Section(id: "s", items: items)])
    }
}
