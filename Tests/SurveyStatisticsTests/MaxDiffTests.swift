import Testing
@testable import SurveyStatistics

/// docs/methods.md §2.2, T3 and T17: items A–D, all triples, two respondents.
@Suite("MaxDiff")
struct MaxDiffTests {
    static let tasks: [[MaxDiffTask]] = [
        [
            MaxDiffTask(shown: [0, 1, 2], best: 0, worst: 2), MaxDiffTask(shown: [0, 1, 3], best: 0, worst: 3),
            MaxDiffTask(shown: [0, 2, 3], best: 0, worst: 3), MaxDiffTask(shown: [1, 2, 3], best: 1, worst: 3),
        ],
        [
            MaxDiffTask(shown: [0, 1, 2], best: 1, worst: 2), MaxDiffTask(shown: [0, 1, 3], best: 1, worst: 0),
            MaxDiffTask(shown: [0, 2, 3], best: 2, worst: 0), MaxDiffTask(shown: [1, 2, 3], best: 2, worst: 1),
        ],
    ]

    // (item, B, W, stdBW, Best%, Worst%, Net%, √(B/W), std √)
    @Test(arguments: [
        (0, 3.0, 2.0, 0.1667, 50.00, 33.33, 16.67, 1.2247, 0.7071),
        (1, 3.0, 1.0, 0.3333, 50.00, 16.67, 33.33, 1.7321, 1.0000),
        (2, 2.0, 2.0, 0.0000, 33.33, 33.33, 0.00, 1.0000, 0.5774),
        (3, 0.0, 3.0, -0.5000, 0.00, 50.00, -50.00, 0.0000, 0.0000),
    ])
    func countScores(
        item: Int, best: Double, worst: Double, std: Double, bestPercent: Double,
        worstPercent: Double, net: Double, root: Double, stdRoot: Double
    ) throws {
        let counts = try MaxDiffCounts(itemCount: 4, respondents: Self.tasks)
        let row = counts.items[item]
        #expect(isClose(row.shown, 6))
        #expect(isClose(row.best, best) && isClose(row.worst, worst))
        #expect(isClose(row.standardizedBestMinusWorst, printed: std, digits: 4))
        #expect(isClose(row.bestPercent, printed: bestPercent, digits: 2))
        #expect(isClose(row.worstPercent, printed: worstPercent, digits: 2))
        #expect(isClose(row.netPercent, printed: net, digits: 2))
        #expect(isClose(row.squareRootBestOverWorst ?? .nan, printed: root, digits: 4))
        #expect(isClose(row.standardizedSquareRoot ?? .nan, printed: stdRoot, digits: 4))
        #expect(counts.warnings.isEmpty)
    }

    @Test func respondentLevelScoresAndStandardErrors() throws {
        let scores = try MaxDiffRespondentScores(itemCount: 4, respondents: Self.tasks)
        #expect(allClose(scores.bestMinusWorst[0], [3, 1, -1, -3]))
        #expect(allClose(scores.bestMinusWorst[1], [-2, 1, 1, 0]))
        for (item, se) in [(0, 0.8333), (1, 0.0), (2, 0.3333), (3, 0.5)] {
            #expect(isClose(scores.items[item].standardError, printed: se, digits: 4))
        }
    }

    @Test func exclusiveOutcomeStandardErrorOfNet() throws {
        let counts = try MaxDiffCounts(itemCount: 4, respondents: Self.tasks)
        #expect(isClose(counts.items[0].netStandardErrorExclusive, printed: 0.3664, digits: 4))
        #expect(isClose(counts.items[0].netStandardErrorIndependent, printed: 0.2805, digits: 4))
        #expect(isClose(counts.items[1].netStandardErrorExclusive, printed: 0.3043, digits: 4))
    }

    @Test func neverWorstGivesUndefinedRootAndWarning() throws {
        let tasks = [[MaxDiffTask(shown: [0, 1, 2], best: 0, worst: 1)]]
        let counts = try MaxDiffCounts(itemCount: 3, respondents: tasks)
        #expect(counts.items[0].squareRootBestOverWorst == nil)
        #expect(counts.warnings.contains { $0.contains("item 1") })
    }

    @Test func weightsScaleCounts() throws {
        let counts = try MaxDiffCounts(itemCount: 4, respondents: Self.tasks, weights: [2, 1])
        #expect(isClose(counts.items[0].best, 6))
        #expect(isClose(counts.items[0].shown, 9))
        #expect(isClose(counts.items[0].effectiveShown, 81.0 / 15.0))
    }

    @Test func invalidTasksNameTheRespondent() {
        let bad = [[MaxDiffTask(shown: [0, 1], best: 0, worst: 0)]]
        #expect(
            throws: StatisticsError.invalidArgument(
                "MaxDiff respondent 1, task 1: best and worst are the same item")
        ) {
            try MaxDiffCounts(itemCount: 2, respondents: bad)
        }
    }
}

extension MaxDiffTests {
    @Test func segmentComparisonIsWelchOnRespondentScores() throws {
        // Respondents r1, r2, r1, r2, r2; item A scores 1 for r1 and −2/3 for r2.
        let tasks = Self.tasks + Self.tasks + [Self.tasks[1]]
        let scores = try MaxDiffRespondentScores(itemCount: 4, respondents: tasks)
        let result = try scores.compareSegments(item: 0, segments: [0, 0, 1, 1, 1], first: 0, second: 1)
        let direct = try WelchTTest.test([1, -2.0 / 3], [1, -2.0 / 3, -2.0 / 3])
        #expect(isClose(result.statistic, direct.statistic))
        #expect(isClose(result.degreesOfFreedom, direct.degreesOfFreedom))
        #expect(isClose(result.difference, 1.0 / 6 - (1 - 4.0 / 3) / 3))
    }
}
