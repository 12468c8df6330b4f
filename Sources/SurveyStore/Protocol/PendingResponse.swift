import Foundation

/// An interview still in progress that decides its case's disposition (the case's latest event, with no complete
/// response): what `ResponseStore.pendingResponses` lists, so that a caller can classify the ones abandoned.
public struct PendingResponse: Sendable, Hashable {
    public var responseID: String
    /// The interviewer of the response; nil when none was recorded (web and imported responses).
    public var interviewer: String?
    /// When the response last changed (its latest answer, step or cursor).
    public var updatedAt: Date

    public init(responseID: String, interviewer: String?, updatedAt: Date) {
        self.responseID = responseID
        self.interviewer = interviewer
        self.updatedAt = updatedAt
    }
}

extension PendingResponse {
    /// The rows of `DispositionCount.pendingResponsesSQL` (SQLite and PostgreSQL alike).
    static func decoded<Rows: Sequence>(_ rows: Rows) throws -> [PendingResponse] where Rows.Element: StoreRow {
        try rows.map {
            PendingResponse(
                responseID: try $0.text("response_id"), interviewer: try $0.optionalText("interviewer"),
                updatedAt: try $0.date("updated_at"))
        }
    }
}
