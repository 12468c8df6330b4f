import SurveyStatistics

/// `needs`: `voc needs` computation after load (`NeedsAnalysis.run`) on N = 1e6 respondents × 20 needs
/// (an importance battery, 1–5) × 5 segments, weighted; data generated in memory from the seed.
///
/// Timed: design-based mean and top-2-box of every need in every segment with SEs, Wald tests across segments,
/// BH adjustment, priority orders, Spearman/Kendall between segment pairs, Kendall's W per segment and the
/// classification — without the permutation test (`permutations = 0`). The permutation test is timed separately
/// (`--permutations P`, default 10) because its cost is P passes over the two segments' respondents per pair.
enum NeedsBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [1_000_000] : options.sizes
        let needs = 20
        let segments = 5
        for n in sizes {
            var generator = SplitMix64(seed: options.seed)
            var segment = [Int32](repeating: 0, count: n)
            var weight = [Double](repeating: 0, count: n)
            var ratings = [[Double]](repeating: [Double](repeating: 0, count: n), count: needs)
            for row in 0..<n {
                let s = Int(generator.next() % UInt64(segments))
                segment[row] = Int32(s)
                weight[row] = 0.5 + generator.uniform() * 2
                for j in 0..<needs {
                    let p = 0.3 + 0.5 * Double((j * 7 + s * (j % 3)) % needs) / Double(needs)
                    let top = generator.uniform() < p
                    ratings[j][row] = top ? Double(4 + generator.next() % 2) : Double(1 + generator.next() % 3)
                }
            }
            var columns: [(String, FrameColumn)] = [
                ("segment", .categorical(CategoricalColumn(codes: segment, levels: (1...segments).map { "s\($0)" })))
            ]
            for j in 0..<needs { columns.append(("imp.n\(j + 1)", .numeric(ratings[j]))) }
            ratings = []
            let frame = try SurveyFrame(columns: columns)
            let estimator = SurveyEstimator(frame: frame, design: try SurveyDesign(weights: weight))
            let battery = NeedBattery(
                id: "imp", kind: .importance(scale: 1...5, performance: nil),
                needs: (1...needs).map { NeedBattery.Need(code: "n\($0)", label: "Need \($0)") })
            var analysis = NeedsAnalysis.Options()
            analysis.permutations = 0
            let run = try timed(repeats: options.repeats) {
                try NeedsAnalysis.run(
                    estimator: estimator, segment: "segment", batteries: [battery],
                    options: analysis)
            }
            let classes = run.result.classShares.filter { $0.count > 0 }
                .map { "\($0.needClass.rawValue)=\($0.count)" }.joined(separator: ",")
            analysis.permutations = options.permutations
            let permuted = try timed(repeats: 1) {
                try NeedsAnalysis.run(
                    estimator: estimator, segment: "segment", batteries: [battery],
                    options: analysis)
            }
            printJSON([
                ("benchmark", "needs"), ("n", n), ("needs", needs), ("segments", segments),
                ("measures", run.result.batteries[0].measures.count), ("classes", classes),
                ("seconds", run.seconds), ("cpu_seconds", run.cpu),
                ("permutations", options.permutations), ("seconds_with_permutations", permuted.seconds),
                ("peak_rss_bytes", peakResidentBytes()), ("load_average", loadAverage()),
            ])
        }
    }
}
