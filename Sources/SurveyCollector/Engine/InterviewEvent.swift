public import SurveyModel

/// A change the engine asks the caller to persist, in order, in one transaction.
public enum InterviewEvent: Sendable, Hashable {
    /// The answer to a what question (replacing any earlier one). `otherTexts` are keyed `question.code`.
    case answered(questionID: String, value: AnswerValue, otherTexts: [String: String])
    /// One why-ladder step. An empty text records that the respondent stopped the ladder at this depth.
    case ladderStep(LadderStep)
    /// A stored answer that is no longer on the interview's path (after going back and changing an earlier
    /// answer), or no longer valid. It must be kept, marked unreachable, never silently deleted.
    case answerSetAside(questionID: String, reason: SetAsideReason)
    /// A stored ladder step no longer on the path (its option was deselected, or an earlier step was emptied).
    case ladderStepSetAside(probeID: String, optionCode: String?, depth: Int)
    /// The interviewer went back (paradata).
    case wentBack(from: InterviewPosition, to: InterviewPosition)
    /// The interviewer jumped (paradata).
    case jumped(from: InterviewPosition, to: InterviewPosition)
    /// The cursor moved: the position now shown, or nil when the interview has finished. `isDefault` is true
    /// when the position is where the engine resumes anyway without a stored cursor (the first step still
    /// waiting for an answer), so a store may skip writing it: the common forward flow then costs one write per
    /// answer, and a crash between two writes resumes at the first unacknowledged step.
    case cursor(InterviewPosition?, isDefault: Bool)
    /// The interview ended. A `.complete` outcome still needs the store's atomic quota check.
    case finished(InterviewOutcome)
}
