import Foundation
import SurveyModel
import SurveyStore

/// The collector's file driver: imports CSV (wide, header required, as `voc export` writes it), JSON Lines, SPSS
/// (`.sav`, `.zsav`: `SAVResponseSource`) files of responses and other tools' CSV exports (Qualtrics, LimeSurvey,
/// KoboToolbox/ODK Central: `ForeignCSVResponseSource`) into a store, checking each response against its survey
/// version (types, ranges, codes, logic). SPSS files and other tools' exports are recognised by their content
/// (`ImportFileFormat`).
///
/// - Valid responses are stored, rejected ones reported with `file:row:column` errors, all at once.
/// - `allOrNothing` makes each file atomic: the file is checked completely first, and stored in one transaction
///   only when it has no error.
/// - Idempotent on response id: responses already stored are skipped and left unchanged.
/// - A CSV file `X.csv` in voc's layout brings its why answers from `X.why.csv` beside it, when present.
/// - Another tool's export whose header does not fit the survey (a column it has no place for, a `columnMap`
///   entry that fits nothing, no response id) stores nothing of it.
/// - An SPSS file is stored in one transaction: a problem with the file as a whole (unreadable, truncated, a
///   dictionary or `columnMap` that does not fit the survey) stores nothing of it.
///
/// Store failures (`StoreError`: busy, corrupt, ...) are thrown; with `allOrNothing` they leave nothing of the file.
public struct ResponseImporter: Sendable {
    public let store: any ResponseStore
    public let surveys: ImportSurveys
    /// Responses per batch handed to the store (default 10,000).
    public var batchSize: Int
    /// Which survey column each variable of an SPSS file or column of another tool's export holds, for names that
    /// do not match (`voc import --map`).
    public var columnMap: ImportColumnMap?

    public init(store: any ResponseStore, surveys: ImportSurveys, batchSize: Int = 10_000) {
        self.store = store
        self.surveys = surveys
        self.batchSize = batchSize
    }

    /// Imports one file; the report holds the counts and every problem found.
    public func importFile(_ path: String, allOrNothing: Bool) async throws -> ImportFileReport {
        guard let format = ImportFileFormat.detect(path: path) else {
            let lowered = path.lowercased()
            let message =
                lowered.hasSuffix(".sav") || lowered.hasSuffix(".zsav")
                ? "not an SPSS system file (it does not start with $FL2 or $FL3)"
                : "unknown format (expected an SPSS system file, .csv, .jsonl or .ndjson)"
            var report = ImportFileReport(file: path)
            report.diagnostics = [Diagnostic(.error, code: "format", "\(path): \(message)", at: nil)]
            return report
        }
        if format == .spss { return try await importSPSS(path, allOrNothing: allOrNothing) }
        if let columnMap, !format.takesColumnMap {
            var report = ImportFileReport(file: path)
            report.diagnostics = [
                Diagnostic(
                    .error, code: "map",
                    "\(path): the column map \(columnMap.file) applies to SPSS files and other tools' CSV exports; "
                        + "this file is neither", at: nil)
            ]
            return report
        }
        let isCSV = format == .csv
        var ladders: [String: [LadderStep]] = [:]
        var ladderProblems: [Diagnostic] = []
        if isCSV {
            let whyPath = String(path.dropLast(4)) + ".why.csv"
            if FileManager.default.fileExists(atPath: whyPath) {
                (ladders, ladderProblems) = WhyTableReader.read(path: whyPath, survey: surveys.current)
            }
        }
        let makeSource: () throws -> any ReportingBatchSource = { [surveys, batchSize, columnMap] in
            switch format {
            case .foreignCSV(let dialect, let delimiter):
                try ForeignCSVResponseSource(
                    path: path, dialect: dialect, delimiter: delimiter, surveys: surveys, map: columnMap,
                    batchSize: batchSize)
            case .csv:
                try CSVResponseSource(path: path, surveys: surveys, ladders: ladders, batchSize: batchSize)
            case .jsonLines, .spss:
                try JSONLinesResponseSource(path: path, surveys: surveys, batchSize: batchSize)
            }
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

extension ResponseImporter {
    /// The largest batch an SPSS file is read in (see `importSPSS`).
    static let spssBatchSize = 2_000

    /// Imports an SPSS file in one transaction (see the type's description).
    func importSPSS(_ path: String, allOrNothing: Bool) async throws -> ImportFileReport {
        // Three stages on two cores (reading the file, encoding the answers, storing them), all in one
        // transaction: batches of at most 2,000 keep the pipeline short to fill and to drain.
        let source = SAVResponseSource(
            path: path, surveys: surveys, map: columnMap, batchSize: min(batchSize, Self.spssBatchSize),
            allOrNothing: allOrNothing)
        let prefetching = PrefetchingBatchSource(source)
        defer { prefetching.cancel() }
        do {
            let summary = try await store.importResponses(from: prefetching, atomic: true)
            var report = source.report
            report.stored = summary.stored
            report.skipped = summary.skipped
            return report
        } catch is SAVImportFailure {
            var report = source.report
            report.rejected = report.read
            return report
        }
    }
}

/// A batch source that also reports what it read and rejected.
protocol ReportingBatchSource: ResponseBatchSource {
    var report: ImportFileReport { get }
}

extension CSVResponseSource: ReportingBatchSource {}
extension JSONLinesResponseSource: ReportingBatchSource {}
