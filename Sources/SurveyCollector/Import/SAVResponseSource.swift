import Foundation
import SurveyModel
import SurveyStore

/// Streams an SPSS system file (`.sav`, `.zsav`) as batches of valid responses, through the same row decoder as
/// CSV files (`ResponseRowDecoder`): each case becomes the wide row a CSV export would have (`SAVColumnPlan`).
///
/// ReadStat reads the whole file in one call, so the file is read on a thread of its own that hands over at most
/// two batches ahead; memory stays bounded. Problems of a case reject it and are located `file:CASE:POSITION`
/// with the variable's name. A problem with the file as a whole (unreadable, ending early, a dictionary or map
/// that does not fit the survey) and, with `allOrNothing`, any problem at all make `nextBatch` throw
/// `SAVImportFailure` once the batches read before it are taken, so that a store importing in one transaction
/// keeps nothing of the file.
final class SAVResponseSource: ReportingBatchSource {
    private let pipe: SAVBatchPipe

    /// Starts reading `path`.
    init(path: String, surveys: ImportSurveys, map: ImportColumnMap?, batchSize: Int, allOrNothing: Bool) {
        let pipe = SAVBatchPipe(file: path)
        self.pipe = pipe
        let thread = Thread {
            Self.produce(
                path: path, surveys: surveys, map: map, batchSize: max(1, batchSize), allOrNothing: allOrNothing,
                into: pipe)
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    deinit { pipe.cancel() }

    /// What was read and rejected so far (final once `nextBatch` has returned nil or thrown).
    var report: ImportFileReport { pipe.report }

    func nextBatch() throws -> [ImportedResponse]? { try pipe.take() }

    private static func produce(
        path: String, surveys: ImportSurveys, map: ImportColumnMap?, batchSize: Int, allOrNothing: Bool,
        into pipe: SAVBatchPipe
    ) {
        var report = ImportFileReport(file: path)
        var plan: SAVColumnPlan?
        var decoder: ResponseRowDecoder?
        var batch: [ImportedResponse] = []
        var failed = false
        do {
            try SAVReader.read(
                path: path,
                dictionary: { dictionary in
                    let columns = SAVColumnPlan(dictionary: dictionary, file: path, surveys: surveys, map: map)
                    let rows = ResponseRowDecoder(file: path, header: columns.header, surveys: surveys)
                    let problems = columns.problems + rows.headerProblems.map { columns.relocated($0, caseNumber: 0) }
                    guard problems.isEmpty else {
                        report.diagnostics += problems
                        failed = true
                        return false
                    }
                    (plan, decoder) = (columns, rows)
                    return true
                },
                row: { caseNumber, values in
                    guard let plan, let decoder else { return false }
                    let (cells, ladder, problems) = plan.row(values, caseNumber: caseNumber, file: path)
                    var decoded: (ImportedResponse?, [Diagnostic]) = (nil, problems)
                    if problems.isEmpty {
                        decoded = decoder.decode(cells, row: caseNumber, ladder: ladder)
                        decoded.1 = decoded.1.map { plan.relocated($0, caseNumber: caseNumber) }
                    }
                    if let response = report.admit(decoded) { batch.append(response) }
                    guard batch.count >= batchSize else { return true }
                    defer { batch = [] }
                    return pipe.put(batch, report: report)
                })
        } catch {
            report.diagnostics.append(Self.diagnostic(error))
            failed = true
        }
        if allOrNothing, !report.diagnostics.isEmpty { failed = true }
        if !failed, !batch.isEmpty, !pipe.put(batch, report: report) { return }
        pipe.finish(report: report, failed: failed)
    }

    /// The located error of a file that cannot be read.
    static func diagnostic(_ error: SAVReadError) -> Diagnostic {
        Diagnostic(
            .error, code: "sav", error.message,
            at: SourceLocation(file: error.file, line: error.caseNumber ?? 0, column: 0))
    }
}

/// Thrown by `SAVResponseSource.nextBatch` when nothing of the file may be stored; the source's report holds why.
struct SAVImportFailure: Error {}
