/// The engine's reply to an input.
public enum SubmitResult: Sendable, Hashable {
    /// The input was taken; persist `events` (in order, atomically) before showing the next step.
    case accepted([InterviewEvent])
    /// The input cannot be used; the same step is shown again. The reason names no answer values.
    case rejected(String)
    /// A soft check failed: confirm (`.confirm`) to keep the answer, or give another answer.
    case needsConfirmation(String)
}
