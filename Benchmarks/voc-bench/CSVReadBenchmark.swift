import Foundation
import SurveyParser
import SurveyText

/// `csv-read`: the CSV reader alone on a generated file (default N = 1e7): the columnar path loading 4
/// categorical and 1 numeric column, and a full tokenising pass with `forEachRecord`.
enum CSVReadBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [10_000_000] : options.sizes
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-csv-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for n in sizes {
            let bytes = try WeightCSVBenchmark.generate(n: n, seed: options.seed, path: path)
            let columnar = try timed(repeats: options.repeats) { () throws -> Int in
                let reader = try CSVReader(path: path)
                return try reader.readColumns(
                    ["region", "age", "sex", "education"].map { CSVColumnRequest($0, .categorical) }
                        + [CSVColumnRequest("score", .numeric)]
                ).rowCount
            }
            let records = try timed(repeats: options.repeats) { () throws -> Int in
                var count = 0
                try CSVReader(path: path).forEachRecord { _ in count += 1 }
                return count
            }
            printJSON([
                ("benchmark", "csv-read"), ("n", n), ("bytes", bytes), ("t_columns", columnar.seconds),
                ("rows", columnar.result), ("t_records", records.seconds),
                ("cpu_columns", columnar.cpu), ("cpu_records", records.cpu),
                ("mb_per_s_columns", Double(bytes) / columnar.seconds / 1e6), ("load_average", loadAverage()),
                ("peak_rss_bytes", peakResidentBytes()),
            ])
        }
    }
}
