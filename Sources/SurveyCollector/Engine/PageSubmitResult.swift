/// The engine's reply to a whole page of inputs (`InterviewEngine.submitPage`).
public enum PageSubmitResult: Sendable, Hashable {
    /// Every input was taken; persist `events` (in order, atomically) before showing the next page.
    case accepted([InterviewEvent])
    /// Some inputs cannot be used, so none was taken and the same page is shown again: the reply of each failing
    /// position, `.rejected` (a problem to correct) or `.needsConfirmation` (a soft check's warning).
    case needsCorrection([InterviewPosition: SubmitResult])
}
