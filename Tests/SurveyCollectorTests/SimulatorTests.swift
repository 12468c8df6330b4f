import Foundation
import SurveyModel
import Testing

@testable import SurveyCollector

@Suite struct SimulatorTests {
    private func simulate(
        _ survey: Survey, profile: SimulationProfile?, seed: UInt64, count: Int
    ) async throws
        -> (Simulator.Summary, [Response], MemoryInterviewRecorder)
    {
        let recorder = MemoryInterviewRecorder()
        let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 0) }
        let summary = try await Simulator(survey: survey, profile: profile, seed: seed)
            .run(count: count, recorder: recorder, clock: clock)
        return (summary, await recorder.orderedResponses, recorder)
    }

    @Test func followsTheSurveyLogicAndIsReproducible() async throws {
        let survey = TestSurveys.everyType()
        let (summary, responses, recorder) = try await simulate(survey, profile: nil, seed: 11, count: 60)
        #expect(summary.respondents == 60)
        // The quota on older respondents (target 1) screens out all but the first older complete.
        let older = responses.filter { if case .number(let age)? = $0.answers["age"] { age >= 55 } else { false } }
        #expect(older.filter { $0.status == .complete }.count <= 1)
        #expect(responses.filter { $0.disposition == .quotaFull }.count == summary.screenedOut)
        for response in responses where response.status == .complete {
            let user = response.answers["user"]
            // Skips: the experience section only for customers; `fix` only for detractors.
            #expect((user == .code("y")) == (response.answers["nps"] != nil))
            if case .number(let nps)? = response.answers["nps"], nps > 6 { #expect(response.answers["fix"] == nil) }
            if case .maxDiff(let choices)? = response.answers["md"] { #expect(choices.count == 4) }
        }
        let ladders = responses.flatMap(\.ladder).filter { !$0.text.isEmpty }
        #expect(ladders.contains { $0.depth >= 2 })
        #expect(ladders.allSatisfy { $0.probeID == "why_nps" ? $0.depth <= 3 : $0.depth <= 2 })
        _ = recorder
        let (_, again, _) = try await simulate(survey, profile: nil, seed: 11, count: 60)
        #expect(again == responses)
        let (_, other, _) = try await simulate(survey, profile: nil, seed: 12, count: 60)
        #expect(other != responses)
    }

    @Test func attentionChecksAreAnsweredAsInstructedMostOfTheTime() async throws {
        let rows = ["a", "check", "b"].map { ChoiceOption(code: $0, label: LocalizedText($0)) }
        let survey = Survey(
            id: "attention", title: "Attention",
            sections: [
                Section(
                    id: "s",
                    items: [
                        .what(
                            WhatQuestion(
                                id: "grid", text: "Rate each",
                                kind: .matrix(rows: rows, scale: RatingScale(min: 1, max: 5)),
                                attentionCheck: AttentionCheck(row: "check", expected: ["2"]))),
                        .what(
                            WhatQuestion(
                                id: "pick", text: "Choose B",
                                kind: .singleChoice(options: .inline(TestSurveys.options([("a", "A"), ("b", "B")]))),
                                attentionCheck: AttentionCheck(expected: ["b"]))),
                    ])
            ])
        let (_, responses, _) = try await simulate(survey, profile: nil, seed: 5, count: 1_000)
        for id in ["grid", "pick"] {
            let check = try #require(survey.whatQuestions.first { $0.id == id }?.attentionCheck)
            let passed = responses.filter { check.isPassed(by: $0.answers[id]) }.count
            // 97% follow the instruction; a few of the others pass by chance.
            #expect(passed >= 960 && passed < 1_000, "\(id): \(passed) of 1000 passed")
        }
        // The other rows are answered as drawn, not as instructed.
        let others = responses.compactMap { response -> Double? in
            if case .grid(let cells)? = response.answers["grid"] { cells["a"] } else { nil }
        }
        #expect(Set(others).count == 5)
        let (_, again, _) = try await simulate(survey, profile: nil, seed: 5, count: 1_000)
        #expect(again == responses)
    }

    @Test func segmentProfilesBuildInDifferences() async throws {
        var survey = TestSurveys.short(questions: 2)
        survey.segments = [Segment(id: "north", label: "North", when: TestSurveys.expr("{region} = 'north'"))]
        let profile = try JSONDecoder().decode(
            SimulationProfile.self,
            from: Data(
                """
                {"attributes": {"region": {"north": 1, "south": 1}},
                 "answers": {"q1": {"shift": -1}},
                 "segments": {"north": {"q1": {"shift": 1.5}, "q2": {"distribution": {"5": 1}}}}}
                """.utf8))
        let (_, responses, recorder) = try await simulate(survey, profile: profile, seed: 3, count: 400)
        let respondents = await recorder.respondents
        func mean(_ id: String, region: String) -> Double {
            let values = responses.filter { respondents[$0.respondentID]?.attributes["region"] == region }
                .compactMap { if case .number(let value)? = $0.answers[id] { value } else { nil } }
            return values.reduce(0, +) / Double(max(1, values.count))
        }
        #expect(mean("q1", region: "north") - mean("q1", region: "south") > 1.5)
        #expect(mean("q2", region: "north") == 5)
        #expect(mean("q2", region: "south") < 4)
    }
}
