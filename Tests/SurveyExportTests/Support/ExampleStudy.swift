import Foundation
import SurveyExport
import SurveyModel
import SurveyParser
import SurveyAnalysis

/// A small, deterministic example study for the export and report tests: a customer-feedback survey with
/// attributes (one personal), single and multiple choice, CSAT with "don't know", NPS with "don't know" and
/// "refused", a numeric and a text question, an importance battery with performance, a Kano pair, two why
/// probes (one laddered, one per selected option), segments, and 120 generated responses.
enum ExampleStudy {
    static func expression(_ text: String) -> SurveyModel.Expression {
        // The expressions below are fixed and valid; a parse failure is a bug in this file.
        (try? ExpressionParser.parse(text))
            ?? SurveyModel.Expression(root: ExpressionNode(.literal(.bool(false))), source: text)
    }

    static let survey = Survey(
        id: "checkout-feedback",
        version: SemanticVersion(1, 2, 0),
        title: "Checkout feedback — Q4",
        attributes: [
            AttributeDefinition(id: "region", type: .text, label: "Region"),
            AttributeDefinition(id: "age", type: .number, label: "Age in years"),
            AttributeDefinition(id: "member", type: .bool, label: "Loyalty member"),
            AttributeDefinition(id: "email", type: .text, label: "E-mail", personal: true),
        ],
        sections: [
            Section(
                id: "main",
                items: [
                    .what(
                        WhatQuestion(
                            id: "plan", text: "Which plan do you use?",
                            kind: .singleChoice(
                                options: .inline([
                                    ChoiceOption(code: "1", label: "Basic"), ChoiceOption(code: "2", label: "Plus"),
                                    ChoiceOption(code: "3", label: "Business"),
                                ])))),
                    .what(
                        WhatQuestion(
                            id: "channel", text: "Where did you buy?",
                            kind: .singleChoice(
                                options: .inline([
                                    ChoiceOption(code: "web", label: "Web shop"),
                                    ChoiceOption(code: "app", label: "App"),
                                    ChoiceOption(code: "store", label: "Store"),
                                ])))),
                    .what(
                        WhatQuestion(
                            id: "features", text: "Which features did you use?",
                            kind: .multipleChoice(
                                options: .inline([
                                    ChoiceOption(code: "track", label: "Order tracking"),
                                    ChoiceOption(code: "wish", label: "Wish list"),
                                    ChoiceOption(code: "other", label: "Other", other: true),
                                ]), min: nil, max: nil))),
                    .what(
                        WhatQuestion(
                            id: "csat", text: "How satisfied are you with checkout?",
                            kind: .rating(
                                scale: RatingScale(
                                    min: 1, max: 5,
                                    labels: [
                                        ScaleLabel(value: 1, text: "Very dissatisfied"),
                                        ScaleLabel(value: 5, text: "Very satisfied"),
                                    ])), allowDontKnow: true)),
                    .what(
                        WhatQuestion(
                            id: "nps", text: "How likely are you to recommend us?", kind: .nps(labels: NPSLabels()),
                            allowDontKnow: true, allowRefused: true)),
                    .why(
                        WhyProbe(id: "why_nps", about: "nps", text: "Why would you give us {answer}?", ladderDepth: 2)),
                    .what(
                        WhatQuestion(
                            id: "spend", text: "How much did you spend (EUR)?",
                            kind: .numeric(
                                integer: false, min: 0, max: nil, unit: "EUR"))),
                    .what(
                        WhatQuestion(
                            id: "needs", text: "How important is it, and how well do we do it?",
                            kind: .importance(
                                needs: [
                                    ChoiceOption(code: "fast", label: "Fast delivery"),
                                    ChoiceOption(code: "cheap", label: "Low price"),
                                ],
                                scale: RatingScale(min: 1, max: 5), performance: RatingScale(min: 1, max: 5)))),
                    .what(
                        WhatQuestion(
                            id: "kano", text: "Express checkout",
                            kind: .kano(features: [
                                KanoFeature(
                                    code: "express", label: "Express checkout",
                                    functional: "If it has express checkout?",
                                    dysfunctional: "If it has no express checkout?")
                            ]))),
                    .why(
                        WhyProbe(
                            id: "why_feat", about: "features", text: "Why do you use {answer}?",
                            target: .eachSelected)),
                    .what(
                        WhatQuestion(
                            id: "comment", text: "Anything else?", kind: .text(maxLength: 200, pattern: nil),
                            required: false, allowRefused: true)),
                ])
        ],
        segments: [
            Segment(id: "young", label: "Under 35", when: expression("{age} < 35")),
            Segment(id: "members", label: "Loyalty members", when: expression("{member} = true")),
        ])

    /// voc's SplitMix64 with the helpers this data needs, so every run builds the same responses.
    struct Generator {
        private var base: SplitMix64
        init(state: UInt64) { base = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { base.next() }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
    }

    static let reasons = [
        "Delivery was fast and the tracking was clear", "Too expensive for what you get", "Checkout kept failing",
        "Friendly support solved my problem", "Prices are fair", "Das Paket kam pünktlich an — super",
    ]

    /// `count` responses; respondents differ by region (north scores higher) and age.
    static func responses(
        count: Int = 120, seed: UInt64 = 7
    ) -> (
        responses: [Response], respondents: [String: Respondent]
    ) {
        var random = Generator(state: seed)
        var responses: [Response] = []
        var respondents: [String: Respondent] = [:]
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        for index in 0..<count {
            let id = String(format: "r%03d", index + 1)
            let region = random.chance(0.08) ? "west" : ["north", "south", "east"][random.int(0...2)]
            let age = random.int(18...80)
            respondents[id] = Respondent(
                id: id,
                attributes: [
                    "region": region, "age": String(age), "member": random.chance(0.4) ? "true" : "false",
                    "email": "person\(index)@example.com",
                ])
            var answers: [String: AnswerValue] = [:]
            answers["plan"] = .code(String(random.int(1...3)))
            answers["channel"] = .code(["web", "app", "store"][random.int(0...2)])
            answers["features"] = .codes(["track", "wish", "other"].filter { _ in random.chance(0.5) })
            answers["csat"] =
                random.chance(0.05) ? .dontKnow : .number(Double(random.int(region == "north" ? 3...5 : 1...5)))
            let nps = random.int(region == "north" ? 5...10 : 0...10)
            answers["nps"] = random.chance(0.04) ? .dontKnow : random.chance(0.03) ? .refused : .number(Double(nps))
            answers["spend"] = .number(Double(random.int(500...20_000)) / 100)
            answers["needs"] = .grid([
                "fast": Double(random.int(region == "north" ? 4...5 : 2...5)), "fast.perf": Double(random.int(1...5)),
                "cheap": Double(random.int(1...5)), "cheap.perf": Double(random.int(1...5)),
            ])
            answers["kano"] = .grid(["express.f": Double(random.int(1...5)), "express.d": Double(random.int(1...5))])
            if random.chance(0.3) { answers["comment"] = .text(reasons[random.int(0...5)]) }
            var ladder: [LadderStep] = []
            if case .number = answers["nps"] {
                ladder.append(
                    LadderStep(probeID: "why_nps", questionID: "nps", depth: 1, text: reasons[random.int(0...5)]))
                if random.chance(0.5) {
                    ladder.append(LadderStep(probeID: "why_nps", questionID: "nps", depth: 2, text: "It saves me time"))
                }
            }
            if case .codes(let codes) = answers["features"], codes.contains("track") {
                ladder.append(
                    LadderStep(
                        probeID: "why_feat", questionID: "features", optionCode: "track", depth: 1,
                        text: "I want to know when it arrives"))
            }
            var others: [String: String] = [:]
            if case .codes(let codes) = answers["features"], codes.contains("other") {
                others["features.other"] = "Gift wrap"
            }
            let started = start.addingTimeInterval(Double(index) * 3_600)
            responses.append(
                Response(
                    id: id, respondentID: id, surveyID: survey.id, surveyVersion: survey.version, status: .complete,
                    disposition: .complete, startedAt: started, updatedAt: started.addingTimeInterval(600),
                    seed: UInt64(index), answers: answers, otherTexts: others, ladder: ladder))
        }
        return (responses, respondents)
    }

    /// Codes for the answers to `why_nps` (levels 1 and 2); `why_feat` stays uncoded.
    static let themes = [
        "Delivery was fast and the tracking was clear": "delivery", "Too expensive for what you get": "price",
        "Checkout kept failing": "checkout", "Friendly support solved my problem": "support",
        "Prices are fair": "price", "Das Paket kam pünktlich an — super": "delivery",
        "It saves me time": "saves_time",
    ]

    /// The codebook of `why_nps`: labels name the themes, levels make the ladders (attribute → consequence).
    static let codebook = Codebook(
        id: "shop-why", title: LocalizedText("Why"),
        codes: [
            Code(id: "delivery", label: LocalizedText("Fast delivery"), level: .attribute),
            Code(id: "price", label: LocalizedText("Price"), level: .attribute),
            Code(id: "checkout", label: LocalizedText("Checkout problems"), level: .attribute),
            Code(id: "support", label: LocalizedText("Support"), level: .attribute),
            Code(id: "saves_time", label: LocalizedText("Saves time"), level: .consequence),
        ])

    static func whyCodes(_ responses: [Response]) -> [WhyCode] {
        responses.flatMap { response in
            response.ladder.filter { $0.probeID == "why_nps" }.compactMap { step in
                themes[step.text].map {
                    WhyCode(
                        responseID: response.id, probeID: step.probeID, optionCode: step.optionCode,
                        depth: step.depth, theme: $0)
                }
            }
        }
    }

    /// Weights that correct the sample towards the region margins below (a fixed factor per region).
    static func weights(_ responses: [Response], respondents: [String: Respondent]) -> ResponseWeights {
        let factor = ["north": 0.8, "south": 1.2, "east": 1.0, "west": 1.6]
        return ResponseWeights(
            name: "raked",
            values: Dictionary(
                uniqueKeysWithValues: responses.map { response in
                    (response.id, factor[respondents[response.respondentID]?.attributes["region"] ?? ""] ?? 1)
                }))
    }

    static let margins = [
        MarginTarget(variable: "region", level: "north", target: 0.25),
        MarginTarget(variable: "region", level: "south", target: 0.35),
        MarginTarget(variable: "region", level: "east", target: 0.3),
        MarginTarget(variable: "region", level: "west", target: 0.1),
    ]

    /// The report input: 120 completes plus 14 non-interviews, two interviewers, weights, region segments.
    static func reportInput(segmentBy: String? = "region") -> ReportInput {
        var (responses, respondents) = Self.responses()
        let weight = weights(responses, respondents: respondents)
        let outcomes: [DispositionCode] = [
            .refusal, .refusal, .noAnswer, .noAnswer, .noAnswer, .breakOff,
            .notEligible, .unknownHousehold, .partial, .refusal, .noAnswer, .callback, .quotaFull, .noAnswer,
        ]
        for (index, disposition) in outcomes.enumerated() {
            let id = String(format: "x%03d", index + 1)
            respondents[id] = Respondent(id: id)
            responses.append(
                Response(
                    id: id, respondentID: id, surveyID: survey.id, surveyVersion: survey.version,
                    status: disposition == .partial ? .partial : .breakOff, disposition: disposition,
                    startedAt: Date(timeIntervalSince1970: 1_790_000_000), seed: 0))
        }
        let interviewers = Dictionary(
            uniqueKeysWithValues: responses.enumerated().map {
                ($0.element.id, $0.offset % 2 == 0 ? "anna" : "ben")
            })
        return ReportInput(
            survey: survey, responses: responses, respondents: respondents,
            interviewers: interviewers, weight: weight, margins: margins, segmentBy: segmentBy,
            whyCodes: whyCodes(responses), codebooks: [codebook],
            generatedAt: Date(timeIntervalSince1970: 1_790_500_000))
    }
}
