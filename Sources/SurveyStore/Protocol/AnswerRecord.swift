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
