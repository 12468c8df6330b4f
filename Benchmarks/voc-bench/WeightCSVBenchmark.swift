import Foundation
import SurveyAnalysis
import SurveyParser
import SurveyStatistics
import SurveyText

/// `weight-csv`: `voc weight --data` end to end on a generated CSV (default N = 1e7).
///
/// The CSV (id, region, age, sex, education, score) is written first (not timed). Then, timed in this process
/// with the same library calls as the CLI: map + load the 4 categorical columns, rake to 1e-6, summarise; and,
/// separately, writing the data back with the weight column (`--out`). When a release `voc` binary sits beside
/// this one, it is also run as a subprocess (`voc weight --data ... --margins ... --json`) and its wall time and
/// peak RSS (from wait4) are reported as `cli_*`.
enum WeightCSVBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [10_000_000] : options.sizes
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for n in sizes {
            let data = directory.appendingPathComponent("respondents.csv").path
            let marginsPath = directory.appendingPathComponent("margins.csv").path
            let bytes = try generate(n: n, seed: options.seed, path: data)
            try writeMargins(marginsPath)
            let c0 = cpuSeconds()
            let t0 = now()
            let targets = try MarginTargets.load(path: marginsPath)
            let reader = try CSVReader(path: data)
            let frame = try SurveyFrame(
                csv: reader,
                columns: SyntheticRespondents.variables.map {
                    CSVColumnRequest($0, .categorical)
                })
            let t1 = now()
            let c1 = cpuSeconds()
            let outcome = try SurveyWeighting.run(
                frame: frame, startWeights: [Double](repeating: 1, count: frame.rowCount),
                request: WeightingRequest(margins: targets))
            let t2 = now()
            let c2 = cpuSeconds()
            let outPath = directory.appendingPathComponent("weighted.csv").path
            try writeBack(reader: reader, weights: outcome.weights, path: outPath)
            let t3 = now()
            let c3 = cpuSeconds()
            let inProcessPeak = peakResidentBytes()
            try? FileManager.default.removeItem(atPath: outPath)
            var members: [(String, Any)] = [
                ("benchmark", "weight-csv"), ("n", n), ("csv_bytes", bytes), ("sweeps", outcome.report.sweeps),
                ("max_margin_err", outcome.report.maxMarginErrorPerSweep.last ?? .nan),
                ("t_load", t1 - t0), ("t_rake", outcome.report.secondsWeighting), ("t_weight_total", t2 - t0),
                ("t_write_out", t3 - t2), ("t_total_with_out", t3 - t0), ("cpu_load", c1 - c0),
                ("cpu_weight", c2 - c1), ("cpu_write_out", c3 - c2), ("peak_rss_bytes", inProcessPeak),
                ("load_average", loadAverage()),
            ]
            if let cli = runCLI(data: data, margins: marginsPath) {
                members += [
                    ("cli_seconds", cli.seconds), ("cli_cpu_seconds", cli.cpu), ("cli_peak_rss_bytes", cli.peak),
                    ("cli_exit", Int(cli.status)),
                ]
            }
            printJSON(members)
        }
    }

    /// Writes the synthetic CSV with a 1 MiB buffer; returns its size in bytes.
    static func generate(n: Int, seed: UInt64, path: String) throws -> Int {
        var generator = SplitMix64(seed: seed)
        let writer = try CSVWriter(path: path)
        try writer.writeRaw("id,region,age,sex,education,score\n")
        let cumulative = SyntheticRespondents.variables.indices.map { SyntheticRespondents.sampleCumulative($0) }
        let labels = SyntheticRespondents.variables.indices.map { SyntheticRespondents.labels($0) }
        var line = ""
        var total = 0
        for row in 0..<n {
            line.removeAll(keepingCapacity: true)
            line += String(row + 1)
            for variable in 0..<4 {
                line += ","
                line += labels[variable][Int(generator.draw(cumulative[variable]))]
            }
            line += ","
            line += String(generator.next() % 11)
            line += "\n"
            total += line.utf8.count
            try writer.writeRaw(line)
        }
        try writer.close()
        return total + 34
    }

    static func writeMargins(_ path: String) throws {
        let writer = try CSVWriter(path: path)
        try writer.writeRow(["variable", "level", "target"])
        for margin in SyntheticRespondents.margins().margins {
            for (level, target) in zip(margin.levels, margin.targets) {
                try writer.writeRow([margin.variable, level, String(target)])
            }
        }
        try writer.close()
    }

    /// The `--out` path of `voc weight` (`WeightedDataWriter`): each record's bytes plus the formatted weight.
    static func writeBack(reader: CSVReader, weights: [Double], path: String) throws {
        try WeightedDataWriter.write(reader: reader, weights: weights, column: "weight", to: path)
    }

    /// Runs a release `voc` beside this executable, if present: wall seconds, peak RSS bytes, exit status.
    static func runCLI(data: String, margins: String) -> (seconds: Double, cpu: Double, peak: Int, status: Int32)? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("voc").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["weight", "--data", data, "--margins", margins, "--json"]
        process.standardOutput = FileHandle.nullDevice
        let start = now()
        guard (try? process.run()) != nil else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(process.processIdentifier, &status, 0, &usage)
        let cpu =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
        return (now() - start, cpu, usage.ru_maxrss * 1024, (status >> 8) & 0xFF)
    }
}
