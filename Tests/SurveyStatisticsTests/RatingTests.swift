import Testing
@testable import SurveyStatistics

/// docs/methods.md §2.1, T2.
@Suite("Ratings")
struct RatingTests {
    @Test func topTwoBoxFromCounts() throws {
        let summary = try RatingSummary(counts: [5, 10, 25, 40, 20])
        #expect(isClose(summary.topTwoBox, 0.60))
        #expect(isClose(summary.bottomTwoBox, 0.15))
        #expect(isClose(summary.net, 0.45))
        #expect(isClose(summary.mean, 3.60))
        #expect(isClose(summary.topTwoBoxStandardError, printed: 0.04899, digits: 5))
        let wald = summary.topTwoBoxWald()
        #expect(isClose(wald.lower, printed: 0.504, digits: 3) && isClose(wald.upper, printed: 0.696, digits: 3))
        let wilson = summary.topTwoBoxWilson()
        #expect(isClose(wilson.lower, printed: 0.5020, digits: 4))
        #expect(isClose(wilson.upper, printed: 0.6906, digits: 4))
    }

    @Test func respondentLevelMatchesCounts() throws {
        var ratings: [Double] = []
        for (point, count) in [(1, 5), (2, 10), (3, 25), (4, 40), (5, 20)] {
            ratings += [Double](repeating: Double(point), count: count)
        }
        ratings += [0, 6, .nan]
        let summary = try RatingSummary(ratings: ratings, lowest: 1, highest: 5)
        #expect(summary.unweightedBase == 100)
        #expect(isClose(summary.topTwoBox, 0.6))
        #expect(isClose(summary.effectiveBase, 100))
    }

    @Test func weightsChangeSharesAndEffectiveBase() throws {
        let summary = try RatingSummary(ratings: [5, 4, 1, 2], weights: [3, 1, 1, 1], lowest: 1, highest: 5)
        #expect(isClose(summary.topTwoBox, 4.0 / 6.0))
        #expect(isClose(summary.effectiveBase, 36.0 / 12.0))
    }

    @Test func rejectsShortScales() {
        #expect(throws: StatisticsError.self) { try RatingSummary(counts: [1, 2, 3]) }
    }
}

extension RatingTests {
    @Test func meanStandardErrorFromCountsMatchesRawRatings() throws {
        let fromCounts = try RatingSummary(counts: [5, 10, 25, 40, 20])
        var ratings: [Double] = []
        for (point, count) in [(1, 5), (2, 10), (3, 25), (4, 40), (5, 20)] {
            ratings += [Double](repeating: Double(point), count: count)
        }
        let fromRatings = try RatingSummary(ratings: ratings, lowest: 1, highest: 5)
        #expect(isClose(fromCounts.meanStandardError, fromRatings.meanStandardError, relative: 1e-12))
    }
}
