import SurveyCollector

/// What the terminal driver does after a key.
enum ComposerAction: Sendable, Hashable {
    /// The composer's state (or message) changed, or nothing happened: draw the screen again.
    case redraw
    /// Send this input to the engine (and persist what it accepts) before anything else is drawn.
    case submit(InterviewInput)
    /// Toggle the help screen.
    case help
    /// Ctrl-C: offer to suspend the interview.
    case interrupt
}
