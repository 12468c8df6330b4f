import Foundation
import SurveyCollector
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyText

/// `import-csv`: `voc import`'s library path on a generated file (default N = 1e6 responses) of a 20-variable
/// survey (8 single choice, 8 ratings, 2 NPS, 2 numeric: 20 answers, so 20 answer rows, per response), into a
/// fresh SQLite store with durability on (WAL, synchronous=FULL). Reports generation and import seconds, rows per
/// second and the peak resident memory of the process.
enum ImportCSVBenchmark {
    static func run(_ options: BenchmarkOptions) throws {
        let sizes = options.sizes.isEmpty ? [1_000_000] : options.sizes
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-import-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let survey = makeSurvey()
        for n in sizes {
            let csv = directory.appendingPathComponent("responses-\(n).csv").path
            let store = directory.appendingPathComponent("bench-\(n).voc.sqlite").path
            let start = now()
            let bytes = try generate(survey: survey, n: n, seed: options.seed, path: csv)
            let generated = now() - start
            let importStart = now()
            let report = try blocking {
                let store = try SQLiteStore(path: store)
                let surveys = try await ImportSurveys.prepare(survey: survey, store: store)
                return try await ResponseImporter(store: store, surveys: surveys).importFile(csv, allOrNothing: false)
            }
            let imported = now() - importStart
            let storeBytes = (try? FileManager.default.attributesOfItem(atPath: store)[.size] as? Int) ?? 0
            printJSON([
                ("benchmark", "import-csv"), ("n", n), ("variables", survey.variables.count), ("csv_bytes", bytes),
                ("t_generate", generated), ("t_import", imported),
                ("responses_per_s", Double(report.stored) / imported),
                ("stored", report.stored), ("rejected", report.rejected), ("store_bytes", storeBytes),
                ("peak_rss_bytes", peakResidentBytes()),
            ])
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        }
    }

    /// The benchmark survey: 20 questions, one variable each.
    static func makeSurvey() -> Survey {
        let options = (1...5).map {
            ChoiceOption(code: String($0), label: LocalizedText(stringLiteral: "Option \($0)"))
        }
        var items: [SurveyItem] = []
        for index in 1...20 {
            let kind: WhatKind =
                switch index {
                case 1...8: .singleChoice(options: .inline(options))
                case 9...16: .rating(scale: RatingScale(min: 1, max: 5))
                case 17...18: .nps(labels: NPSLabels())
                default: .numeric(integer: true, min: 0, max: 1000, unit: nil)
                }
            items.append(
                .what(
                    WhatQuestion(id: "q\(index)", text: LocalizedText(stringLiteral: "Question \(index)"), kind: kind)))
        }
        return Survey(
            id: "bench", title: "Import benchmark", sections: [Section(id: "s1", items: items)])
    }

    /// Writes `n` seeded responses in the export layout; returns the file size in bytes.
    static func generate(survey: Survey, n: Int, seed: UInt64, path: String) throws -> Int {
        let writer = try CSVWriter(path: path)
        let variables = survey.variables.map(\.name)
        try writer.writeRow(ResponseColumns.fixed + ["region"] + variables)
        var random = SplitMix64(seed: seed)
        let started = Date(timeIntervalSince1970: 1_790_000_000)
        for row in 0..<n {
            let at = started.addingTimeInterval(Double(row))
            var fields = [
                "R\(row)", "P\(row)", "complete", "1.1", "1.0.0", Timestamp.format(at),
                Timestamp.format(at.addingTimeInterval(300)), Timestamp.format(at.addingTimeInterval(300)),
                "i\(row % 40)", "cawi", ["north", "south", "east", "west"][Int(random.next() % 4)],
            ]
            for index in 1...20 {
                switch index {
                case 1...16: fields.append(String(1 + random.next() % 5))
                case 17...18: fields.append(String(random.next() % 11))
                default: fields.append(String(random.next() % 1001))
                }
            }
            try writer.writeRow(fields)
        }
        try writer.close()
        return (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}

/// Runs async work to completion from synchronous benchmark code.
func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let semaphore = DispatchSemaphore(value: 0)
    let box = ResultBox<T>()
    Task {
        do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
        semaphore.signal()
    }
    semaphore.wait()
    return try box.result!.get()
}

/// Carries a result out of a task; written once before the semaphore is signalled, read after.
final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
