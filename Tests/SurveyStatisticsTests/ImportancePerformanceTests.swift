import Testing
@testable import SurveyStatistics

/// docs/methods.md §2.4, T5.
@Suite("Importance–performance")
struct ImportancePerformanceTests {
    @Test func quadrantsWithMeanCrosshairs() throws {
        let result = try ImportancePerformance.analyze(
            importance: [4.6, 4.2, 3.1, 2.8],
            performance: [3.8, 4.4, 2.9, 4.1])
        #expect(isClose(result.importanceCrosshair, 3.675))
        #expect(isClose(result.performanceCrosshair, 3.8))
        #expect(
            result.placements.map(\.quadrant) == [
                .keepUpTheGoodWork, .keepUpTheGoodWork, .lowPriority,
                .possibleOverkill,
            ])
        #expect(isClose(result.placements[0].gap, -0.8))
    }

    @Test func midpointCrosshairs() throws {
        let result = try ImportancePerformance.analyze(
            importance: [4.6, 2.0], performance: [2.5, 3.0],
            crosshairs: .fixed(importance: 3, performance: 3))
        #expect(result.placements.map(\.quadrant) == [.concentrateHere, .possibleOverkill])
    }
}
