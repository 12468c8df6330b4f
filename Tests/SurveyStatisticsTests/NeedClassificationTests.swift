import Testing
@testable import SurveyStatistics

/// Issue 5: classification of needs as common / segment-priority / segment-specific, on hand-made evidence and on
/// a seeded synthetic study with known truth.
@Suite("Need classification")
struct NeedClassificationTests {
    @Test func rulesOnGivenEvidence() throws {
        let needs = [
            NeedEvidence(name: "common", estimates: [4.1, 4.0], standardErrors: [0.05, 0.05], pValue: 0.4),
            NeedEvidence(name: "priority", estimates: [4.6, 3.9], standardErrors: [0.05, 0.05], pValue: 1e-8),
            NeedEvidence(name: "specific", estimates: [4.2, 2.5], standardErrors: [0.05, 0.05], pValue: 1e-9),
            NeedEvidence(name: "borderline", estimates: [3.55, 3.45], standardErrors: [0.05, 0.05], pValue: 0.3),
            NeedEvidence(name: "unimportant", estimates: [2.0, 2.1], standardErrors: [0.05, 0.05], pValue: 0.2),
        ]
        let result = try NeedClassification(needs, options: .init(importanceThreshold: 3.5))
        #expect(
            result.results.map(\.needClass) == [
                .common, .segmentPriority, .segmentSpecific, .borderline,
                .notImportant,
            ])
        #expect(isClose(result.shares[.common] ?? 0, 0.2))
        #expect(isClose(result.sharesAmongImportant[.common] ?? 0, 0.25))
        #expect(allClose(result.results[1].rankInSegment, [1, 2]))
        // A material-difference threshold turns a significant but small difference into "common".
        let strict = try NeedClassification(needs, options: .init(importanceThreshold: 3.5, minimumDifference: 0.8))
        #expect(strict.results[1].needClass == .common)
        // The lower-bound rule demands confidence that the need clears the threshold.
        let lower = try NeedClassification(
            needs,
            options: .init(
                importanceThreshold: 3.5,
                importanceRule: .lowerBound(confidence: 0.95)))
        #expect(lower.results[3].needClass == .notImportant)
    }

    @Test func equalityTestMatchesTwoSampleZ() {
        let test = NeedClassification.equalityTest(estimates: [0.42, 0.30], standardErrors: [0.03, 0.04])
        let z = ProportionTests.difference(estimate1: 0.42, standardError1: 0.03, estimate2: 0.30, standardError2: 0.04)
        #expect(isClose(test.statistic, z.statistic * z.statistic))
        #expect(isClose(test.pValue, z.pValue, relative: 1e-10))
    }

    enum Truth: Equatable { case common, priority, specific }

    /// 12 needs: 7 common, 3 important in only one segment, 2 whose order is swapped between segments 0 and 1.
    static let design: [(means: [Double], truth: Truth)] = [
        ([4.3, 4.3, 4.3], .common), ([4.1, 4.1, 4.1], .common), ([4.0, 4.0, 4.0], .common),
        ([3.9, 3.9, 3.9], .common), ([4.2, 4.2, 4.2], .common), ([4.4, 4.4, 4.4], .common),
        ([4.05, 4.05, 4.05], .common),
        ([4.2, 2.6, 2.6], .specific), ([2.5, 4.3, 2.5], .specific), ([2.7, 2.7, 4.1], .specific),
        ([4.7, 4.0, 4.35], .priority), ([4.0, 4.7, 4.35], .priority),
    ]

    /// Seeded synthetic study: 2,000 weighted respondents in 3 segments rate 12 needs on 1–5
    /// (rating = latent mean + N(0, 0.9²), rounded and clamped). Every need's class must be recovered.
    @Test(arguments: [UInt64(2026), 7, 123_456])
    func syntheticStudyRecoversEveryClass(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var scores: [[Double]] = []
        var segments: [Int] = []
        var weights: [Double] = []
        for _ in 0..<2_000 {
            let u = generator.nextUnitDouble()
            let segment = u < 0.4 ? 0 : (u < 0.75 ? 1 : 2)
            segments.append(segment)
            weights.append(0.5 + 1.5 * generator.nextUnitDouble())
            scores.append(
                Self.design.map { need in
                    let latent = need.means[segment] + 0.9 * generator.nextGaussian()
                    return min(5, max(1, latent.rounded()))
                })
        }
        let names = (1...12).map { "need \($0)" }
        let (classification, evidence) = try NeedClassification.fromRespondents(
            scores: scores, segments: segments, segmentCount: 3, needNames: names, weights: weights,
            options: .init(importanceThreshold: 3.5, minimumDifference: 0.2))
        #expect(evidence.count == 12)
        for (index, result) in classification.results.enumerated() {
            let expected: NeedClass =
                switch Self.design[index].truth {
                case .common: .common
                case .priority: .segmentPriority
                case .specific: .segmentSpecific
                }
            #expect(result.needClass == expected, "\(result.name)")
        }
        #expect(isClose(classification.shares[.common] ?? 0, 7.0 / 12.0))
        #expect(isClose(classification.shares[.segmentSpecific] ?? 0, 3.0 / 12.0))
        // The swapped pair really swaps rank between segments 0 and 1.
        let safety = classification.results[10].rankInSegment
        let yield = classification.results[11].rankInSegment
        #expect(safety[0] < yield[0] && safety[1] > yield[1])
    }
}

extension NeedClassificationTests {
    @Test func segmentEstimatesMatchWeightedMoments() throws {
        let scores: [[Double]] = [[5, 1], [4, .nan], [3, 2], [1, 5], [2, 4], [5, 5]]
        let segments = [0, 0, 0, 1, 1, 7]
        let weights: [Double] = [1, 2, 1, 1, 3, 1]
        let (_, evidence) = try NeedClassification.fromRespondents(
            scores: scores, segments: segments, segmentCount: 2, needNames: ["a", "b"], weights: weights,
            options: .init(importanceThreshold: 3))
        let reference = try WeightedMoments([5, 4, 3], weights: [1, 2, 1])
        #expect(isClose(evidence[0].estimates[0], reference.mean))
        #expect(isClose(evidence[0].standardErrors[0], reference.standardError))
        let second = try WeightedMoments([1, 2], weights: [1, 1])
        #expect(isClose(evidence[1].standardErrors[0], second.standardError))
        #expect(throws: StatisticsError.self) {
            try NeedClassification.fromRespondents(
                scores: scores, segments: segments, segmentCount: 2,
                needNames: ["a", "b"], weights: [1],
                options: .init(importanceThreshold: 3))
        }
    }
}
