/// The interview as the terminal driver runs it: the step to show, and inputs that are applied and persisted.
///
/// Implementations wrap an `InterviewEngine` and a store. The driver relies on one guarantee: when `submit`
/// returns `.accepted`, the events it produced are durably committed; the driver draws the next step only after
/// that, so no answer is ever shown as taken without being stored.
public protocol InterviewConductor: AnyObject {
    /// The step to show now; nil when the interview has ended.
    var prompt: Prompt? { get }
    /// Applies `input` at the current step and commits whatever it changed before returning.
    func submit(_ input: InterviewInput) async throws -> SubmitResult
}
