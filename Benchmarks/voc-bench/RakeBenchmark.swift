import SurveyStatistics

/// `rake`: raking N synthetic respondents to 4 margins (10, 6, 2, 5 levels) to a largest share error of 1e-6.
///
/// Reports, after load (data already in memory as coded columns): `t_cells` (one pass building the cell table),
/// `t_ipf` (IPF on the cells), `t_map` (one pass mapping weights back), `t_rake` = their sum (the figure comparable
/// with a plain C IPF over a cell table, 9 ms at N = 1e6), and `t_run`, the whole `SurveyWeighting.run` including
/// margin checks and the weight summary (quartiles, Kish deff).
enum RakeBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [100_000, 1_000_000, 10_000_000] : options.sizes
        for n in sizes {
            let frame = try SyntheticRespondents.frame(n: n, seed: options.seed)
            let start = [Double](repeating: 1, count: n)
            let margins = try SyntheticRespondents.margins().resolved(startTotal: Double(n))
            let columns = try SyntheticRespondents.variables.map { try frame.categorical($0) }
            let raking = RakingOptions(maxSweeps: 100, convergence: .maxShareError(tolerance: 1e-6))
            var cellsTime = Double.infinity
            var ipfTime = Double.infinity
            var mapTime = Double.infinity
            var sweeps = 0
            var error = 0.0
            var checksum = 0.0
            for _ in 0..<options.repeats {
                let t0 = now()
                let table = try CellTable(variables: SyntheticRespondents.variables, columns: columns, weights: start)
                let t1 = now()
                let resolved = try SurveyWeighting.resolve(margins, table: table)
                let result = Raking.rake(table: table, margins: resolved, options: raking)
                let t2 = now()
                let weights = table.rowWeights(start: start, factors: result.factors)
                let t3 = now()
                cellsTime = min(cellsTime, t1 - t0)
                ipfTime = min(ipfTime, t2 - t1)
                mapTime = min(mapTime, t3 - t2)
                sweeps = result.sweeps
                error = result.maxMarginErrorPerSweep.last ?? .nan
                checksum = weights[n / 2]
            }
            let full = try timed(repeats: options.repeats) {
                try SurveyWeighting.run(frame: frame, startWeights: start,
                                        request: WeightingRequest(margins: SyntheticRespondents.margins(),
                                                                  raking: raking))
            }
            printJSON([
                ("benchmark", "rake"), ("n", n), ("margins", "10,6,2,5"), ("tol", 1e-6), ("sweeps", sweeps),
                ("max_margin_err", error), ("t_cells", cellsTime), ("t_ipf", ipfTime), ("t_map", mapTime),
                ("t_rake", cellsTime + ipfTime + mapTime), ("t_run", full.seconds),
                ("kish_deff", full.result.report.summary.kishDeff), ("w_mid", checksum),
                ("peak_rss_bytes", peakResidentBytes()),
            ])
        }
    }
}
