import Foundation
import SurveyStatistics

/// `replicates`: replicate standard errors of 40 means by a 5-level segment (200 estimates) on N synthetic
/// respondents (default 100,000) in 200 clusters, with JK1 (200 replicates, one per cluster) and the bootstrap
/// (R = 200) made from the design (docs/methods.md §7.10), and the same bootstrap read as 200 columns of whole
/// replicate weights (R's `svrepdesign`, one group per row: the slow path).
///
/// Data (seeded): weights uniform on [0.5, 2], cluster = row mod 200, segment uniform on 5 levels, variables
/// yₖ = k + uniform[0, 1) + 0.5·(cluster effect). Reports, per method, `t_replicates` (making the replicates;
/// for the columns, copying them in) and `t_estimates` (the 40 `mean(_:by:)` calls with their replicate SEs), CPU
/// seconds and peak memory.
enum ReplicateBenchmark {
    static let variables = 40
    static let clusters = 200
    static let replicateCount = 200

    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [100_000] : options.sizes
        for n in sizes {
            var generator = SeededGenerator(seed: options.seed)
            let weights = (0..<n).map { _ in Double.random(in: 0.5...2, using: &generator) }
            let effect = (0..<clusters).map { _ in Double.random(in: 0..<1, using: &generator) }
            let cluster = (0..<n).map { Int32($0 % clusters) }
            var columns: [(String, FrameColumn)] = [
                (
                    "segment",
                    .categorical(
                        CategoricalColumn(
                            codes: (0..<n).map { _ in Int32.random(in: 0..<5, using: &generator) },
                            levels: ["A", "B", "C", "D", "E"]))
                )
            ]
            for k in 0..<variables {
                let values = (0..<n).map { row in
                    Double(k) + Double.random(in: 0..<1, using: &generator) + 0.5 * effect[Int(cluster[row])]
                }
                columns.append(("y\(k + 1)", .numeric(values)))
            }
            let frame = try SurveyFrame(columns: columns)
            let design = try SurveyDesign(
                rowCount: n, weights: weights,
                clusters: [CategoricalColumn(codes: cluster, levels: (0..<clusters).map(String.init))])
            let jk1 = try timed(repeats: options.repeats) { try ReplicateWeights.jackknife(design, stratified: false) }
            let bootstrap = try timed(repeats: options.repeats) {
                try ReplicateWeights.bootstrap(design, replicates: replicateCount, seed: options.seed)
            }
            let supplied = try timed(repeats: 1) {
                try ReplicateWeights.supplied(
                    columns: (0..<replicateCount).map { r in ("boot\(r + 1)", bootstrap.result.weights(replicate: r)) },
                    weights: weights, method: .other, scale: bootstrap.result.scale)
            }
            for (method, made) in [("jk1", jk1), ("bootstrap", bootstrap), ("bootstrap-columns", supplied)] {
                let estimator = SurveyEstimator(frame: frame, design: design.withReplicates(made.result))
                let estimates = try timed(repeats: options.repeats) {
                    try (1...variables).flatMap { try estimator.mean("y\($0)", by: "segment") }
                }
                printJSON([
                    ("benchmark", "replicates"), ("method", method), ("n", n), ("clusters", clusters),
                    ("replicates", made.result.count), ("estimates", estimates.result.count),
                    ("t_replicates", made.seconds), ("t_estimates", estimates.seconds),
                    ("cpu_estimates", estimates.cpu),
                    ("se_y1_A", estimates.result[0].se), ("peak_rss_bytes", peakResidentBytes()),
                    ("load_average", loadAverage()),
                ])
            }
        }
    }
}
