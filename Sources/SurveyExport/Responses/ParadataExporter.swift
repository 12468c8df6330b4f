import Foundation
import SurveyModel
import SurveyStore
import SurveyText

/// Writes the paradata of stored responses in long form (`voc export --paradata`): one row per stored answer
/// (`ResponseColumns.paradata`) with when it was confirmed (empty when the store did not record it: imported
/// answers are stored without a time, which reads back as 1970-01-01), the milliseconds spent on the question (summed over
/// visits; empty when not recorded, e.g. for imported responses), how often the respondent went back to it after
/// answering, whether back navigation left it unreachable, and the response's mode, interviewer, language and
/// start and completion times (empty when unknown; never invented).
///
/// Rows come page by page in response id order, answers in question-id order. The file is written under a
/// temporary name and renamed into place only when complete.
public enum ParadataExporter {
    /// Writes the paradata of `surveyID`'s responses (complete ones; all with `includePartial`) to `path` (nil:
    /// standard output) and returns the number of rows.
    /// - Throws: `StoreError` from the store, `CSVError.io` when the file cannot be written.
    @discardableResult
    public static func export(
        store: any ResponseStore, surveyID: String, includePartial: Bool, to path: String?
    ) async throws -> Int {
        var files = ResponseExporter.StagedFiles()
        defer { files.discard() }
        let writer =
            try path.map { try CSVWriter(path: files.stage($0)) }
            ?? CSVWriter(standardOutputWithDelimiter: UInt8(ascii: ","))
        try writer.writeRow(ResponseColumns.paradata)
        var rows = 0
        let query = ResponseQuery(surveyID: surveyID, statuses: includePartial ? nil : [.complete], limit: 2_000)
        try await store.forEachResponsePage(query) { page in
            for stored in page {
                let response = stored.response
                let started: Date? = response.startedAt
                for answer in stored.answerRecords {
                    try writer.writeRow([
                        response.id, response.respondentID, answer.record.questionID,
                        answer.record.answeredAt.timeIntervalSince1970 > 0
                            ? Timestamp.format(answer.record.answeredAt) : "",
                        answer.record.paradata.milliseconds.map(String.init) ?? "",
                        String(answer.record.paradata.backSteps), answer.unreachable ? "false" : "true",
                        stored.mode ?? "", stored.interviewer ?? "", stored.language ?? "",
                        started.map(Timestamp.format) ?? "", stored.completedAt.map(Timestamp.format) ?? "",
                    ])
                    rows += 1
                }
            }
        }
        try writer.close()
        try files.commit()
        return rows
    }
}
