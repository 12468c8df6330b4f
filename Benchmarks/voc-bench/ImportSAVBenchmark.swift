import Foundation
import SurveyCollector
import SurveyExport
import SurveyModel
import SurveyStore
import SurveyText

/// `import-sav`: `voc import`'s library path on an SPSS file against the same data through CSV (default N = 1e5
/// responses of `import-csv`'s 20-variable survey, generated from the seed). The CSV file is generated as in
/// `import-csv`; the `.sav` holds the same cells, written by `SPSSWriter` (fixed columns and the region as strings,
/// the answers as numbers). Each import runs in a child `voc-bench` process (so that its peak memory is its own)
/// into a fresh SQLite store; the fastest of `--repeats` is reported with its CPU seconds, and the largest peak
/// resident memory of each format's imports.
enum ImportSAVBenchmark {
    /// Set in a child's environment: the file it imports (and nothing else).
    static let childFile = "VOC_BENCH_IMPORT_FILE"
    static let childStore = "VOC_BENCH_IMPORT_STORE"

    static func run(_ options: BenchmarkOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        if let file = environment[childFile], let store = environment[childStore] {
            let start = now()
            let startCPU = cpuSeconds()
            let report = try importFile(file, into: store, survey: ImportCSVBenchmark.makeSurvey())
            printJSON([
                ("seconds", now() - start), ("cpu", cpuSeconds() - startCPU), ("stored", report.stored),
                ("rejected", report.rejected), ("peak_rss_bytes", peakResidentBytes()),
            ])
            return
        }
        let sizes = options.sizes.isEmpty ? [100_000] : options.sizes
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-sav-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let survey = ImportCSVBenchmark.makeSurvey()
        for n in sizes {
            let csv = directory.appendingPathComponent("responses-\(n).csv").path
            let sav = directory.appendingPathComponent("responses-\(n).sav").path
            let store = directory.appendingPathComponent("bench-\(n).voc.sqlite").path
            let start = now()
            let csvBytes = try ImportCSVBenchmark.generate(survey: survey, n: n, seed: options.seed, path: csv)
            try SPSSWriter.write(try layout(csv: csv), fileLabel: "import-sav benchmark", to: URL(fileURLWithPath: sav))
            let generated = now() - start
            let savBytes = (try? FileManager.default.attributesOfItem(atPath: sav)[.size] as? Int) ?? 0
            var runs: [String: [[String: Double]]] = [:]
            for _ in 0..<options.repeats {
                for (format, path) in [("sav", sav), ("csv", csv)] {
                    runs[format, default: []].append(try child(importing: path, into: store))
                }
            }
            func best(_ format: String, _ key: String) -> Double { runs[format]?.map { $0[key] ?? .nan }.min() ?? .nan }
            func most(_ format: String, _ key: String) -> Double { runs[format]?.map { $0[key] ?? .nan }.max() ?? .nan }
            printJSON([
                ("benchmark", "import-sav"), ("n", n), ("variables", survey.variables.count),
                ("csv_bytes", csvBytes), ("sav_bytes", savBytes), ("t_generate", generated),
                ("t_import_sav", best("sav", "seconds")), ("cpu_import_sav", best("sav", "cpu")),
                ("t_import_csv", best("csv", "seconds")), ("cpu_import_csv", best("csv", "cpu")),
                ("sav_over_csv", best("sav", "seconds") / best("csv", "seconds")),
                ("stored_sav", Int(most("sav", "stored"))), ("rejected_sav", Int(most("sav", "rejected"))),
                ("stored_csv", Int(most("csv", "stored"))), ("rejected_csv", Int(most("csv", "rejected"))),
                ("peak_rss_sav_bytes", Int(most("sav", "peak_rss_bytes"))),
                ("peak_rss_csv_bytes", Int(most("csv", "peak_rss_bytes"))), ("load_average", loadAverage()),
            ])
        }
    }

    /// Runs this benchmark in a child process that imports `path` into a fresh store at `store`; its figures.
    static func child(importing path: String, into store: String) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["import-sav"]
        var environment = ProcessInfo.processInfo.environment
        environment[childFile] = path
        environment[childStore] = store
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try JSONSerialization.jsonObject(with: output) as? [String: Any]
        else { throw BenchmarkFailure("the import of \(path) failed (status \(process.terminationStatus))") }
        return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    /// Imports `path` into a fresh SQLite store at `store`.
    static func importFile(_ path: String, into store: String, survey: Survey) throws -> ImportFileReport {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        return try blocking {
            let store = try SQLiteStore(path: store)
            let surveys = try await ImportSurveys.prepare(survey: survey, store: store)
            return try await ResponseImporter(store: store, surveys: surveys).importFile(path, allOrNothing: false)
        }
    }

    /// The cells of the generated CSV file as an SPSS layout: numbers where every value of a column is one.
    static func layout(csv: String) throws -> ExportLayout {
        let reader = try CSVReader(path: csv)
        var rows: [[String]] = []
        var iterator = reader.makeRowIterator()
        while let next = iterator.nextChecked() {
            if case .success(let row) = next { rows.append(row.fields) }
        }
        let columns = reader.header.enumerated().map { index, name in
            let numeric = rows.allSatisfy { $0[index].isEmpty || Double($0[index]) != nil }
            let width = rows.map { $0[index].utf8.count }.max() ?? 1
            return ExportColumn(
                name: name, sourceName: name, label: name,
                source: name == ResponseColumns.responseID ? .responseID : .variable(name),
                storage: numeric ? .numeric(decimals: 0) : .string(width: max(1, width)),
                measure: numeric ? .scale : .nominal)
        }
        let values: [[ExportValue?]] = rows.map { fields in
            zip(fields, columns).map { field, column in
                if field.isEmpty { return nil }
                return column.storage.isNumeric ? Double(field).map(ExportValue.number) : .text(field)
            }
        }
        return ExportLayout(columns: columns, rows: values)
    }
}
