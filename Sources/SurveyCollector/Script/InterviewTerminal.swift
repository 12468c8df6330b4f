/// The terminal an interview driver talks to (console-kit style), so drivers can be tested with a scripted one.
public protocol InterviewTerminal: AnyObject, Sendable {
    /// The next input line without its line terminator; nil at end of input.
    func readLine() -> String?
    /// Writes `text` to the output and flushes it (so a line written is visible before the next read).
    func write(_ text: String)
    /// Writes `text` to the error stream.
    func writeError(_ text: String)
    /// Whether input and output are an interactive terminal.
    var isInteractive: Bool { get }
}
