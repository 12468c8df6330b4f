import Testing
@testable import SurveyStatistics

@Suite("Ranking")
struct RankingTests {
    /// The Friedman example of docs/methods.md §3.2 as a ranking question.
    @Test func meanRankAndShareFirst() throws {
        let summary = try RankingSummary(ranks: [[1, 2, 3], [1, 3, 2], [2, 1, 3], [1, 2, 3]])
        #expect(isClose(summary.items[0].meanRank, 1.25))
        #expect(isClose(summary.items[0].shareFirst, 0.75))
        #expect(isClose(summary.items[0].shareFirstStandardError, (0.75 * 0.25 / 4).squareRoot()))
        // sd of (1, 1, 2, 1) is 0.5, SE 0.25.
        #expect(isClose(summary.items[0].meanRankStandardError, 0.25))
        #expect(summary.priorityOrder == [0, 1, 2])
        #expect(!summary.isPartial)
    }

    @Test func partialRankingsOrderByShareFirst() throws {
        let nan = Double.nan
        let summary = try RankingSummary(
            ranks: [[1, nan, 2], [2, 1, nan], [nan, 1, 2], [nan, nan, nan]],
            weights: [1, 1, 2, 5])
        #expect(summary.isPartial)
        #expect(isClose(summary.items[1].shareFirst, 0.75))
        #expect(summary.priorityOrder.first == 1)
        #expect(summary.items[0].rankedBy == 2)
    }
}
