import Foundation
import SurveyModel
import SurveyStore
import Synchronization
import SurveyText

/// Streams a wide CSV file (as written by `voc export`) as batches of valid responses, collecting the problems
/// of the rejected rows. Only one batch of rows is held in memory at a time. A field that is not valid UTF-8 is
/// a located error (`file:row:column`) that rejects its row; it is never stored with replacement characters.
final class CSVResponseSource: ResponseBatchSource {
    private struct State {
        var iterator: CSVRowIterator
        var report: ImportFileReport
    }

    private let state: Mutex<State>
    private let decoder: ResponseRowDecoder
    private let ladders: [String: [LadderStep]]
    private let batchSize: Int

    /// Opens `path` and checks its header. Problems with the file as a whole are in `report.diagnostics`.
    init(path: String, surveys: ImportSurveys, ladders: [String: [LadderStep]], batchSize: Int) throws {
        let reader = try CSVReader(path: path)
        decoder = ResponseRowDecoder(file: path, header: reader.header, surveys: surveys)
        var report = ImportFileReport(file: path)
        report.diagnostics = decoder.headerProblems
        state = Mutex(State(iterator: reader.makeRowIterator(), report: report))
        self.ladders = ladders
        self.batchSize = batchSize
    }

    /// Whether the header itself is unusable (no row can be read meaningfully).
    var hasHeaderProblems: Bool { !decoder.headerProblems.isEmpty }

    var report: ImportFileReport { state.withLock { $0.report } }

    func nextBatch() throws -> [ImportedResponse]? {
        if hasHeaderProblems { return nil }
        return state.withLock { state in
            var batch: [ImportedResponse] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize {
                guard let next = state.iterator.nextChecked() else { break }
                let row: CSVRow
                switch next {
                case .success(let read): row = read
                case .failure(let problems):
                    // A row that cannot be read (quoting, field count, text that is not UTF-8) is rejected
                    // with every problem found in it.
                    _ = state.report.admit((nil, Diagnostic.reading(problems, file: state.report.file)))
                    continue
                }
                let id = decoder.fixedValue(ResponseColumns.responseID, in: row.fields)
                if let response = state.report.admit(
                    decoder.decode(row.fields, row: row.row, ladder: ladders[id] ?? []))
                {
                    batch.append(response)
                }
            }
            return batch.isEmpty ? nil : batch
        }
    }
}
