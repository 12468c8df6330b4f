/// The terminal as the interactive driver sees it: keys and resizes in, whole screens out.
///
/// `PosixTerminal` is the real implementation (raw mode on a TTY); tests may supply their own. A device is used
/// by one task at a time (the driver's run).
public protocol TerminalDevice: AnyObject, Sendable {
    /// The current size in cells.
    var size: TerminalSize { get }
    /// What the output supports (colour).
    var capabilities: TerminalCapabilities { get }
    /// Blocks until the next key, resize or end of input.
    func nextEvent() throws -> TerminalEvent
    /// Writes `text` (a whole frame) in one go.
    func write(_ text: String) throws
}
