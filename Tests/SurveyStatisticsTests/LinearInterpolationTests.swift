import Testing

@testable import SurveyStatistics

/// R's `approx` as used by the likelihood interval of `svyciprop`.
@Suite("Linear interpolation as R's approx")
struct LinearInterpolationTests {
    /// A NaN pair is dropped (R's `na.rm = TRUE`); it used to loop forever, appending until memory ran out
    /// (found by the conformance suite on a share whose profile had NaN points).
    @Test func pairsWithNaNAreDropped() {
        #expect(InterpolatingSpline.linearInterpolation(x: [0, .nan, 2], y: [0, 5, 2], at: 1) == 1)
        #expect(InterpolatingSpline.linearInterpolation(x: [0, 1, 2], y: [0, .nan, 4], at: 1) == 2)
        #expect(InterpolatingSpline.linearInterpolation(x: [.nan, .nan], y: [1, 2], at: 1).isNaN)
    }

    @Test func tiesAreAveragedAndOutsideIsNaN() {
        #expect(InterpolatingSpline.linearInterpolation(x: [0, 1, 1, 2], y: [0, 1, 3, 2], at: 1) == 2)
        #expect(InterpolatingSpline.linearInterpolation(x: [0, 1], y: [0, 1], at: 1.5).isNaN)
    }
}
