public import SurveyModel

/// What an interviewer or respondent can do at the current step.
public enum InterviewInput: Sendable, Hashable {
    /// An answer to the current what question. `otherTexts` holds specify texts keyed by option code.
    case answer(AnswerValue, otherTexts: [String: String] = [:])
    /// The text of the current why-ladder step; an empty (or blank) text ends the ladder.
    case why(String)
    /// Leave the current answer as it is (offered when going forward again after going back), or skip a
    /// question that is not required.
    case keep
    /// Acknowledge a note.
    case acknowledge
    /// Confirm the answer that raised a soft warning.
    case confirm
    /// Go back to the previous question (answers are kept).
    case back
    /// Jump to a question, probe or note by id; it must be reachable (on the path up to the first unanswered
    /// question).
    case jump(String)
}
