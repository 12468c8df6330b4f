import Testing
@testable import SurveyStatistics

/// docs/methods.md §2.3, T4.
@Suite("Kano")
struct KanoTests {
    static let pairs: [(Int, Int)] = [(1, 5), (1, 5), (2, 5), (2, 5), (2, 5), (3, 5), (1, 3), (3, 3), (1, 1), (5, 1)]
    static func summary(weights: [Double]? = nil) throws -> KanoSummary {
        try KanoSummary(
            functional: pairs.map { KanoAnswer(rawValue: $0.0) },
            dysfunctional: pairs.map { KanoAnswer(rawValue: $0.1) }, weights: weights)
    }

    @Test func evaluationTable() {
        let expected = "OOMMMMAIQR"
        let categories = Self.pairs.map {
            KanoCategory.evaluate(functional: KanoAnswer(rawValue: $0.0)!, dysfunctional: KanoAnswer(rawValue: $0.1)!)
        }
        #expect(categories.map(\.rawValue).joined() == expected)
        #expect(KanoCategory.evaluate(functional: .like, dysfunctional: .like) == .questionable)
        #expect(KanoCategory.evaluate(functional: .dislike, dysfunctional: .dislike) == .questionable)
    }

    @Test(arguments: [
        (KanoCategory.attractive, 1.0), (.oneDimensional, 2.0), (.mustBe, 4.0), (.indifferent, 1.0),
        (.reverse, 1.0), (.questionable, 1.0),
    ])
    func counts(category: KanoCategory, expected: Double) throws {
        #expect(isClose(try Self.summary().count(category), expected))
    }

    @Test func coefficientsStrengthAndFong() throws {
        let kano = try Self.summary()
        #expect(isClose(kano.better, 0.375))
        #expect(isClose(kano.worse, -0.75))
        #expect(isClose(kano.categoryStrength, 0.2))
        #expect(isClose(kano.totalStrength, 0.7))
        let fong = kano.fongTest()
        #expect(isClose(fong.difference, 2))
        #expect(isClose(fong.criticalValue, printed: 3.381, digits: 3))
        #expect(!fong.significant)
        let classification = kano.classification()
        #expect(classification.category == .mustBe && !classification.isSignificant)
    }

    @Test func hierarchyBreaksNearTies() throws {
        // 5 O and 5 M: shares tie, M wins by the M > O > A > I rule.
        let f: [KanoAnswer?] = [KanoAnswer](repeating: .like, count: 5) + [KanoAnswer](repeating: .mustBe, count: 5)
        let d: [KanoAnswer?] = [KanoAnswer](repeating: .dislike, count: 10)
        let kano = try KanoSummary(functional: f, dysfunctional: d)
        #expect(kano.classification().category == .mustBe)
    }

    @Test func weightedCounts() throws {
        let kano = try Self.summary(weights: [2, 2, 1, 1, 1, 1, 1, 1, 1, 1])
        #expect(isClose(kano.count(.oneDimensional), 4))
        #expect(isClose(kano.better, 5.0 / 10.0))
    }

    @Test func duMouchelScores() throws {
        let f = Self.pairs.map { KanoAnswer(rawValue: $0.0) }
        let d = Self.pairs.map { KanoAnswer(rawValue: $0.1) }
        let scores = try KanoContinuousScores.summarize(functional: f, dysfunctional: d)
        // functional: 1,1,.5,.5,.5,0,1,0,1,-.5 → 5/10; dysfunctional: 1×6, 0, 0, -.5, -.5 → 5/10.
        #expect(isClose(scores.functional.mean, 0.5))
        #expect(isClose(scores.dysfunctional.mean, 0.5))
    }
}
