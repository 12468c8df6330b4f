import Foundation
import SurveyModel

/// Where an interview stands, saved after each step so that `--resume` continues at the right question.
public struct InterviewCursor: Sendable, Hashable {
    /// An opaque position owned by the interview engine (the store never interprets it).
    public var position: String
    public var status: ResponseStatus
    public var disposition: DispositionCode
    public var updatedAt: Date

    public init(position: String, status: ResponseStatus, disposition: DispositionCode, updatedAt: Date = Date()) {
        self.position = position
        self.status = status
        self.disposition = disposition
        self.updatedAt = updatedAt
    }
}
