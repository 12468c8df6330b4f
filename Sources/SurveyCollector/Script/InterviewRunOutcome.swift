/// How a driver's run ended.
public enum InterviewRunOutcome: Sendable, Hashable {
    /// The interview ended (complete, quota full, break-off).
    case finished(InterviewOutcome)
    /// Input ended or the interviewer suspended: the interview is stored in progress, resumable at this step.
    case suspended(InterviewPosition?)
}
