import Foundation
import SurveyModel

/// One answer as saved during an interview, with its paradata.
public struct AnswerRecord: Sendable, Hashable {
    /// The what question answered.
    public var questionID: String
    public var value: AnswerValue
    /// Specify texts for "other" options of this question, keyed `question.code`.
    public var otherTexts: [String: String]
    public var answeredAt: Date
    public var paradata: AnswerParadata

    public init(
        questionID: String, value: AnswerValue, otherTexts: [String: String] = [:], answeredAt: Date = Date(),
        paradata: AnswerParadata = AnswerParadata()
    ) {
        self.questionID = questionID
        self.value = value
        self.otherTexts = otherTexts
        self.answeredAt = answeredAt
        self.paradata = paradata
    }
}

/// How an answer came about: time spent on the question and back navigation.
public struct AnswerParadata: Sendable, Hashable, Codable {
    /// Milliseconds between showing the question and confirming the answer (summed over visits); nil if unknown.
    public var milliseconds: Int?
    /// How many times the respondent went back to this question after answering it.
    public var backSteps: Int

    public init(milliseconds: Int? = nil, backSteps: Int = 0) {
        self.milliseconds = milliseconds
        self.backSteps = backSteps
    }
}

/// A stored answer with its flags, as read back (see `StoredResponse.answerRecords`).
public struct StoredAnswer: Sendable, Hashable {
    public var record: AnswerRecord
    /// Set when back navigation made the question unreachable; the value is kept but is not part of the response.
    public var unreachable: Bool = false

    public init(record: AnswerRecord, unreachable: Bool = false) {
        self.record = record
        self.unreachable = unreachable
    }
}
