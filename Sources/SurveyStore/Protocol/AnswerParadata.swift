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
