import SurveyModel
import SurveyStatistics

/// `raked-estimate`: 25 shares (5 answers of 5 levels) by 5 segments with SEs at N = 1e6, on a design raked to 4
/// margins (10, 6, 2, 5 levels), so every SE accounts for the raking (docs/methods.md §8.6); and the same
/// estimates with the raked weights treated as fixed, the cost without the calibration residuals.
enum RakedEstimateBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        for n in options.sizes.isEmpty ? [1_000_000] : options.sizes {
            var frame = try SyntheticRespondents.frame(n: n, seed: options.seed)
            var generator = SplitMix64(seed: options.seed &+ 1)
            let segments = (1...5).map { "s\($0)" }
            try frame.add(
                "segment",
                .categorical(
                    CategoricalColumn(codes: (0..<n).map { _ in Int32(generator.next() % 5) }, levels: segments)))
            let answers = (1...5).map { "answer\($0)" }
            for name in answers {
                let codes = (0..<n).map { _ in Int32(generator.next() % 5) }
                try frame.add(name, .categorical(CategoricalColumn(codes: codes, levels: ["a", "b", "c", "d", "e"])))
            }
            let start = [Double](repeating: 1, count: n)
            let request = WeightingRequest(margins: SyntheticRespondents.margins())
            let outcome = try SurveyWeighting.run(frame: frame, startWeights: start, request: request)
            let raked = try SurveyDesign(weights: start).calibrated(by: outcome.calibration)
            let fixed = raked.withFixedWeights(outcome.weights)
            for (label, design) in [("raked", raked), ("fixed weights", fixed)] {
                let estimator = SurveyEstimator(frame: frame, design: design)
                let run = try timed(repeats: options.repeats) { () throws -> Int in
                    try answers.reduce(0) { $0 + (try estimator.shares($1, by: "segment").count) }
                }
                printJSON([
                    ("benchmark", "raked-estimate"), ("n", n), ("design", label), ("margins", "10,6,2,5"),
                    ("segments", 5), ("estimates", run.result), ("seconds", run.seconds), ("cpu_seconds", run.cpu),
                    ("peak_rss_bytes", peakResidentBytes()), ("load_average", loadAverage()),
                ])
            }
        }
    }
}
