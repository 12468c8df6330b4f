/// Something that happens at the terminal while the interview waits for input.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    /// The window changed size (SIGWINCH); the screen must be redrawn at the new size.
    case resize(TerminalSize)
    /// The input ended (end of file, hang-up).
    case end
}
