import Foundation
import SurveyModel
import SurveyStore
import SurveyText
import Synchronization

/// Streams another tool's CSV export (`ForeignCSVDialect`) as batches of valid responses: each row becomes the
/// wide row of a voc CSV export (`ForeignColumnPlan`) and is checked by the same decoder (`ResponseRowDecoder`).
/// Only one batch of rows is held in memory at a time.
///
/// Problems are located at the export's own rows and columns (`file:row:column`, the header being row 1; a
/// Qualtrics export's data start on row 4). A problem with the header (`ForeignColumnPlan.problems`) stops the
/// file before any row is read, so nothing of it is stored. A row whose cells cannot be translated is rejected
/// with every problem found in it; the checks of its logic wait until its cells are right.
final class ForeignCSVResponseSource: ReportingBatchSource {
    private struct State {
        var iterator: CSVRowIterator
        var report: ImportFileReport
    }

    private let state: Mutex<State>
    private let plan: ForeignColumnPlan
    private let decoder: ResponseRowDecoder
    private let batchSize: Int

    /// Opens `path` (a `dialect` export with fields separated by `delimiter`) and reads its header rows.
    /// - Throws: `CSVError` or `CSVErrors` when the file cannot be read as CSV at all.
    init(
        path: String, dialect: ForeignCSVDialect, delimiter: UInt8, surveys: ImportSurveys, map: ImportColumnMap?,
        batchSize: Int
    ) throws {
        let reader = try CSVReader(path: path, delimiter: delimiter)
        var iterator = reader.makeRowIterator()
        var report = ImportFileReport(file: path)
        let index = ForeignSurveyIndex(survey: surveys.current)
        let matcher: any ForeignColumnMatcher
        switch dialect {
        case .qualtrics:
            // Row 2 holds the question texts, row 3 the import ids.
            _ = iterator.nextChecked()
            var importIDs = [QualtricsImportID?](repeating: nil, count: reader.header.count)
            if case .success(let row)? = iterator.nextChecked() {
                importIDs = row.fields.map(QualtricsImportID.init(cell:))
            }
            matcher = QualtricsColumnMatcher(header: reader.header, importIDs: importIDs, index: index)
        case .limeSurvey: matcher = LimeSurveyColumnMatcher(header: reader.header, index: index)
        case .openDataKit: matcher = OpenDataKitColumnMatcher(header: reader.header, index: index)
        }
        let plan = ForeignColumnPlan(
            dialect: dialect, header: reader.header, matcher: matcher, file: path, index: index, map: map)
        self.plan = plan
        decoder = ResponseRowDecoder(file: path, header: index.header, surveys: surveys)
        report.diagnostics = plan.problems
        state = Mutex(State(iterator: iterator, report: report))
        self.batchSize = max(1, batchSize)
    }

    var report: ImportFileReport { state.withLock { $0.report } }

    func nextBatch() throws -> [ImportedResponse]? {
        if !plan.problems.isEmpty { return nil }
        return state.withLock { state in
            var batch: [ImportedResponse] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize {
                guard let next = state.iterator.nextChecked() else { break }
                switch next {
                case .failure(let problems):
                    _ = state.report.admit((nil, Diagnostic.reading(problems, file: state.report.file)))
                case .success(let row):
                    if let response = state.report.admit(decode(row)) { batch.append(response) }
                }
            }
            return batch.isEmpty ? nil : batch
        }
    }

    /// The response of one row of the export, or its problems (in column order).
    private func decode(_ row: CSVRow) -> (ImportedResponse?, [Diagnostic]) {
        let wide = plan.row(row.fields, line: row.row)
        var (response, problems) = decoder.decode(
            wide.cells, row: row.row, ladder: wide.ladder, attributes: wide.attributes)
        if !wide.problems.isEmpty {
            // Logic is checked on right cells only: a cell left empty by a problem is not a skipped question.
            problems.removeAll { $0.code == "logic" || $0.code == "logic-row" }
            response = nil
        }
        problems = (wide.problems + problems.map(relocated)).sorted {
            ($0.location?.column ?? 0) < ($1.location?.column ?? 0)
        }
        return (response, problems)
    }

    /// A problem the decoder located at a wide column, located at the export's column behind it instead (the
    /// response id's column for a problem of the whole row).
    private func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
        guard var location = diagnostic.location else { return diagnostic }
        let wide = diagnostic.code == "logic-row" ? 0 : location.column - 1
        let position = plan.sourceOfWide[wide] ?? plan.sourceOfWide[0] ?? 0
        location.column = position + 1
        var moved = diagnostic
        moved.location = location
        return moved
    }
}
