import Foundation
import SurveyStatistics

/// `calibration`: linear calibration (GREG, R's `calibrate(calfun = "linear")`) of N synthetic respondents to the
/// population totals of 20 numeric auxiliary variables (docs/methods.md §8.7).
///
/// Data (seeded): start weights uniform on [0.5, 2], auxiliaries xₖ = k + uniform[0, 1) + 0.1·(x₁ noise) so they
/// are correlated but not collinear; targets are the sample totals times 1 + 0.02·sin(k). Reports `t_calibrate`,
/// the whole `SurveyWeighting.run` (model, the one-step solve, mapping weights, margin checks and the weight
/// summary), and `t_se`, the calibration-aware SE of one mean (the residual projection of §8.7 and §7.2), with
/// CPU seconds and peak memory.
enum CalibrationBenchmark {
    static let auxiliaries = 20

    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [1_000_000] : options.sizes
        for n in sizes {
            var generator = SeededGenerator(seed: options.seed)
            let start = (0..<n).map { _ in Double.random(in: 0.5...2, using: &generator) }
            let common = (0..<n).map { _ in Double.random(in: 0..<1, using: &generator) }
            var columns: [(String, FrameColumn)] = []
            var totals: [NumericTotal] = []
            for k in 0..<auxiliaries {
                let values = (0..<n).map { row in
                    Double(k + 1) + Double.random(in: 0..<1, using: &generator) + 0.1 * common[row]
                }
                var sampleTotal = 0.0
                for row in 0..<n { sampleTotal += start[row] * values[row] }
                columns.append(("x\(k + 1)", .numeric(values)))
                totals.append(NumericTotal(variable: "x\(k + 1)", total: sampleTotal * (1 + 0.02 * sin(Double(k)))))
            }
            columns.append(
                ("y", .numeric((0..<n).map { 3 * common[$0] + Double.random(in: 0..<1, using: &generator) })))
            let frame = try SurveyFrame(columns: columns)
            let request = WeightingRequest(
                margins: MarginTargets(margins: [], totals: totals), distance: DistanceCalibration(distance: .linear))
            let calibration = try timed(repeats: options.repeats) {
                try SurveyWeighting.run(frame: frame, startWeights: start, request: request)
            }
            let design = calibration.result.apply(to: try SurveyDesign(weights: start))
            let se = try timed(repeats: options.repeats) {
                try SurveyEstimator(frame: frame, design: design).mean("y")[0]
            }
            let report = calibration.result.report
            printJSON([
                ("benchmark", "calibration"), ("n", n), ("auxiliaries", auxiliaries), ("calfun", "linear"),
                ("iterations", report.sweeps), ("max_misfit", report.maxMarginErrorPerSweep.last ?? .nan),
                ("t_calibrate", calibration.seconds), ("cpu_calibrate", calibration.cpu), ("t_se", se.seconds),
                ("cpu_se", se.cpu), ("mean_y", se.result.estimate), ("se_y", se.result.se),
                ("kish_deff", report.summary.kishDeff), ("peak_rss_bytes", peakResidentBytes()),
                ("load_average", loadAverage()),
            ])
        }
    }
}
