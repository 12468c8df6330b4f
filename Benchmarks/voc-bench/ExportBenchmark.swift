import Foundation
import SurveyExport
import SurveyModel
import SurveyAnalysis

/// `export`: SPSS .sav and Triple-S exports and the weighted findings report of N generated completes
/// (default 100,000): 3 attributes, single and multiple choice, CSAT, NPS with don't know, an importance
/// battery with performance (4 needs), a Kano pair and a laddered why probe; weights; 4 region segments.
enum ExportBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [100_000] : options.sizes
        for n in sizes {
            let (survey, responses, respondents, weight) = generate(n: n, seed: options.seed)
            let dataset = ExportDataset(survey: survey, responses: responses, respondents: respondents, weight: weight)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let layoutTime = timed(repeats: options.repeats) { ExportLayout(dataset: dataset) }
            let buildTime = try timed(repeats: options.repeats) {
                try ReportBuilder.build(
                    ReportInput(
                        survey: survey, responses: responses, respondents: respondents,
                        weight: weight, segmentBy: "region"))
            }
            let sav = folder.appendingPathComponent("bench.sav")
            let savTime = try timed(repeats: options.repeats) { try SPSSWriter.write(dataset, to: sav) }
            let sss = folder.appendingPathComponent("bench.sss")
            let asc = folder.appendingPathComponent("bench.asc")
            let sssTime = try timed(repeats: options.repeats) {
                try TripleSExport.write(dataset, definition: sss, data: asc)
            }
            let input = ReportInput(
                survey: survey, responses: responses, respondents: respondents, weight: weight,
                segmentBy: "region")
            let reportTime = try timed(repeats: options.repeats) { () throws -> String in
                try ReportRenderer().html(try ReportBuilder.build(input))
            }
            func size(_ url: URL) -> Int {
                ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? Int) ?? 0
            }
            printJSON([
                ("benchmark", "export"), ("n", n), ("variables", layoutTime.result.columns.count),
                ("layout_seconds", layoutTime.seconds), ("report_build_seconds", buildTime.seconds),
                ("sav_seconds", savTime.seconds), ("sav_bytes", size(sav)),
                ("sss_seconds", sssTime.seconds), ("asc_bytes", size(asc)),
                ("report_html_seconds", reportTime.seconds), ("html_bytes", reportTime.result.utf8.count),
                ("peak_rss_bytes", peakResidentBytes()),
            ])
        }
    }

    static func generate(
        n: Int, seed: UInt64
    )
        -> (Survey, [Response], [String: Respondent], ResponseWeights)
    {
        let needs = ["fast", "cheap", "easy", "safe"].map { ChoiceOption(code: $0, label: LocalizedText($0)) }
        let survey = Survey(
            id: "bench", title: "Export benchmark",
            attributes: [
                AttributeDefinition(id: "region", type: .text), AttributeDefinition(id: "age", type: .number),
            ],
            sections: [
                Section(
                    id: "s",
                    items: [
                        .what(
                            WhatQuestion(
                                id: "plan", text: "Plan",
                                kind: .singleChoice(
                                    options: .inline(
                                        (1...4).map {
                                            ChoiceOption(code: String($0), label: LocalizedText("Plan \($0)"))
                                        })))),
                        .what(
                            WhatQuestion(
                                id: "features", text: "Features",
                                kind: .multipleChoice(
                                    options: .inline(
                                        (1...6).map {
                                            ChoiceOption(code: "f\($0)", label: LocalizedText("Feature \($0)"))
                                        }), min: nil, max: nil))),
                        .what(
                            WhatQuestion(id: "csat", text: "CSAT", kind: .rating(scale: RatingScale(min: 1, max: 5)))),
                        .what(
                            WhatQuestion(id: "nps", text: "NPS", kind: .nps(labels: NPSLabels()), allowDontKnow: true)),
                        .why(WhyProbe(id: "why", about: "nps", text: "Why?", ladderDepth: 2)),
                        .what(
                            WhatQuestion(
                                id: "needs", text: "Needs",
                                kind: .importance(
                                    needs: needs,
                                    scale: RatingScale(min: 1, max: 5), performance: RatingScale(min: 1, max: 5)))),
                        .what(
                            WhatQuestion(
                                id: "kano", text: "Kano",
                                kind: .kano(features: [
                                    KanoFeature(
                                        code: "x", label: "X", functional: "present?", dysfunctional: "absent?")
                                ]))),
                    ])
            ])
        var generator = SplitMix64(seed: seed)
        func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(generator.next() % UInt64(range.count)) }
        var responses: [Response] = []
        var respondents: [String: Respondent] = [:]
        var weights: [String: Double] = [:]
        responses.reserveCapacity(n)
        let reasons = ["Fast delivery", "Good price", "Friendly staff", "App crashes", "Too slow"]
        for index in 0..<n {
            let id = "r\(index)"
            let region = ["north", "south", "east", "west"][int(0...3)]
            respondents[id] = Respondent(id: id, attributes: ["region": region, "age": String(int(18...80))])
            var grid: [String: Double] = [:]
            for need in needs {
                grid[need.code] = Double(int(1...5))
                grid[need.code + ".perf"] = Double(int(1...5))
            }
            let answers: [String: AnswerValue] = [
                "plan": .code(String(int(1...4))),
                "features": .codes((1...6).compactMap { int(0...1) == 1 ? "f\($0)" : nil }),
                "csat": .number(Double(int(1...5))), "nps": int(0...30) == 0 ? .dontKnow : .number(Double(int(0...10))),
                "needs": .grid(grid), "kano": .grid(["x.f": Double(int(1...5)), "x.d": Double(int(1...5))]),
            ]
            let ladder = [
                LadderStep(probeID: "why", questionID: "nps", depth: 1, text: reasons[int(0...4)]),
                LadderStep(probeID: "why", questionID: "nps", depth: 2, text: "Saves time"),
            ]
            responses.append(
                Response(
                    id: id, respondentID: id, surveyID: "bench", surveyVersion: survey.version,
                    status: .complete, disposition: .complete, answers: answers, ladder: ladder))
            weights[id] = 0.5 + Double(int(0...100)) / 50
        }
        return (survey, responses, respondents, ResponseWeights(name: "bench", values: weights))
    }
}
