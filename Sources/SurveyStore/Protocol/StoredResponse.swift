import Foundation
import SurveyModel

/// A response as read from a store: the model value plus what only the store keeps.
public struct StoredResponse: Sendable, Hashable {
    /// Answers (reachable only), other texts, ladder, seed, status, disposition and timestamps.
    public var response: Response
    public var interviewer: String?
    public var mode: String?
    /// The interview language (nil: the survey's default language, or not recorded).
    public var language: String?
    /// The interview engine's opaque cursor, if an interview saved one.
    public var cursor: String?
    public var completedAt: Date?
    /// Every stored answer with its paradata, including unreachable ones, in question-id order.
    public var answerRecords: [StoredAnswer]
    /// Why-ladder steps set aside after back navigation (kept, not part of `response.ladder`).
    public var setAsideLadder: [LadderStep]

    /// Every stored ladder step with its set-aside flag: the ladder, then the set-aside steps (what a store copy
    /// writes).
    public var ladderRecords: [(step: LadderStep, unreachable: Bool)] {
        response.ladder.map { ($0, false) } + setAsideLadder.map { ($0, true) }
    }

    public init(
        response: Response, interviewer: String? = nil, mode: String? = nil, language: String? = nil,
        cursor: String? = nil, completedAt: Date? = nil, answerRecords: [StoredAnswer] = [],
        setAsideLadder: [LadderStep] = []
    ) {
        self.response = response
        self.interviewer = interviewer
        self.mode = mode
        self.language = language
        self.cursor = cursor
        self.completedAt = completedAt
        self.answerRecords = answerRecords
        self.setAsideLadder = setAsideLadder
    }
}
