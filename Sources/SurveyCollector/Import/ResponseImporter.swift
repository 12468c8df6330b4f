import Foundation
import SurveyModel
import SurveyStore

/// The collector's file driver: imports CSV (wide, header required, as `voc export` writes it) and JSON Lines files
/// of responses into a store, checking each response against its survey version (types, ranges, codes, logic).
///
/// - Valid responses are stored, rejected ones reported with `file:row:column` errors, all at once.
/// - `allOrNothing` makes each file atomic: the file is checked completely first, and stored in one transaction
///   only when it has no error.
/// - Idempotent on response id: responses already stored are skipped and left unchanged.
/// - A CSV file `X.csv` brings its why answers from `X.why.csv` beside it, when present.
///
/// Store failures (`StoreError`: busy, corrupt, ...) are thrown; with `allOrNothing` they leave nothing of the file.
public struct ResponseImporter: Sendable {
    public let store: any ResponseStore
    public let surveys: ImportSurveys
    /// Responses per batch handed to the store (default 10,000).
    public var batchSize: Int

    public init(store: any ResponseStore, surveys: ImportSurveys, batchSize: Int = 10_000) {
        self.store = store
        self.surveys = surveys
        self.batchSize = batchSize
    }

    /// Imports one file; the report holds the counts and every problem found.
    public func importFile(_ path: String, allOrNothing: Bool) async throws -> ImportFileReport {
        let lowered = path.lowercased()
        let isCSV = lowered.hasSuffix(".csv")
        guard isCSV || lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") else {
            var report = ImportFileReport(file: path)
            report.diagnostics = [
                Diagnostic(
                    .error, code: "format", "\(path): unknown format (expected .csv, .jsonl or .ndjson)", at: nil)
            ]
            return report
        }
        var ladders: [String: [LadderStep]] = [:]
        var ladderProblems: [Diagnostic] = []
        if isCSV {
            let whyPath = String(path.dropLast(4)) + ".why.csv"
            if FileManager.default.fileExists(atPath: whyPath) {
                (ladders, ladderProblems) = WhyTableReader.read(path: whyPath, survey: surveys.current)
            }
        }
        let makeSource: () throws -> any ReportingBatchSource = {
            isCSV
                ? try CSVResponseSource(path: path, surveys: surveys, ladders: ladders, batchSize: batchSize)
                : try JSONLinesResponseSource(path: path, surveys: surveys, batchSize: batchSize)
        }
        let source: any ReportingBatchSource
        do {
            source = try makeSource()
        } catch {
            var report = ImportFileReport(file: path)
            report.diagnostics = Diagnostic.reading(error, file: path)
            return report
        }
        if allOrNothing {
            while try source.nextBatch() != nil {}
            var report = source.report
            report.diagnostics = ladderProblems + report.diagnostics
            guard report.diagnostics.isEmpty else {
                report.rejected = report.read
                return report
            }
            let storing = PrefetchingBatchSource(try makeSource())
            defer { storing.cancel() }
            let summary = try await store.importResponses(from: storing, atomic: true)
            report.stored = summary.stored
            report.skipped = summary.skipped
            return report
        }
        let prefetching = PrefetchingBatchSource(source)
        defer { prefetching.cancel() }
        let summary = try await store.importResponses(from: prefetching, atomic: false)
        prefetching.waitUntilFinished()
        var report = source.report
        report.diagnostics = ladderProblems + report.diagnostics
        report.stored = summary.stored
        report.skipped = summary.skipped
        return report
    }
}

/// A batch source that also reports what it read and rejected.
protocol ReportingBatchSource: ResponseBatchSource {
    var report: ImportFileReport { get }
}

extension CSVResponseSource: ReportingBatchSource {}
extension JSONLinesResponseSource: ReportingBatchSource {}
