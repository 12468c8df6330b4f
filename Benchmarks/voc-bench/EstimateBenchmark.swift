import SurveyStatistics

/// `estimate`: estimates with SEs by 5 segments at N = 1e6 (after load; data generated in memory).
///
/// Variables: a 0–10 score (mean, NPS, top-2-box by segment) and a 5-level answer (shares by segment), with
/// weights; once with a weights-only design and once with 20 strata × 50 PSUs each (1000 PSUs).
enum EstimateBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [1_000_000] : options.sizes
        for n in sizes {
            var generator = SplitMix64(seed: options.seed)
            var score = [Double](repeating: 0, count: n)
            var segment = [Int32](repeating: 0, count: n)
            var answer = [Int32](repeating: 0, count: n)
            var weight = [Double](repeating: 0, count: n)
            var stratum = [Int32](repeating: 0, count: n)
            var psu = [Int32](repeating: 0, count: n)
            for row in 0..<n {
                segment[row] = Int32(generator.next() % 5)
                score[row] = Double((generator.next() % 11 + UInt64(segment[row])) % 11)
                answer[row] = Int32(generator.next() % 5)
                weight[row] = 0.5 + generator.uniform() * 2
                stratum[row] = Int32(row % 20)
                psu[row] = Int32((row / 20) % 50)
            }
            let frame = try SurveyFrame(columns: [
                ("score", .numeric(score)),
                ("segment", .categorical(CategoricalColumn(codes: segment, levels: ["s1", "s2", "s3", "s4", "s5"]))),
                ("answer", .categorical(CategoricalColumn(codes: answer, levels: ["a", "b", "c", "d", "e"]))),
            ])
            let simple = try SurveyDesign(weights: weight)
            let clustered = try SurveyDesign(
                rowCount: n, weights: weight,
                strata: CategoricalColumn(codes: stratum, levels: (0..<20).map { "h\($0)" }),
                clusters: [CategoricalColumn(codes: psu, levels: (0..<50).map { "p\($0)" })])
            for (label, design) in [("weights", simple), ("strata+clusters", clustered)] {
                let estimator = SurveyEstimator(frame: frame, design: design)
                let run = try timed(repeats: options.repeats) { () throws -> Int in
                    var count = 0
                    count += try estimator.mean("score", by: "segment").count
                    count += try estimator.nps("score", by: "segment").count
                    count += try estimator.topBox("score", by: "segment", scaleMax: 10).count
                    count += try estimator.shares("answer", by: "segment").count
                    return count
                }
                let differences = try timed(repeats: options.repeats) {
                    try estimator.differences("score", statistic: .mean, by: "segment").count
                }
                printJSON([
                    ("benchmark", "estimate"), ("n", n), ("design", label), ("segments", 5),
                    ("estimates", run.result), ("seconds", run.seconds), ("pairwise_differences", differences.result),
                    ("seconds_differences", differences.seconds), ("peak_rss_bytes", peakResidentBytes()),
                ])
            }
        }
    }
}
