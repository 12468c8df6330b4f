import Foundation

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

/// The process's standard input, output and error.
public final class StandardTerminal: InterviewTerminal, @unchecked Sendable {
    public init() {}

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    public var isInteractive: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 }
}

/// A terminal fed from a list of lines, collecting the output in memory (tests).
public final class ScriptedTerminal: InterviewTerminal, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String]
    private var next = 0
    private var outputText = ""
    private var errorText = ""

    public init(lines: [String]) {
        self.lines = lines
    }

    public var output: String { lock.withLock { outputText } }
    public var errors: String { lock.withLock { errorText } }

    public func readLine() -> String? {
        lock.withLock {
            guard next < lines.count else { return nil }
            defer { next += 1 }
            return lines[next]
        }
    }

    public func write(_ text: String) { lock.withLock { outputText += text } }
    public func writeError(_ text: String) { lock.withLock { errorText += text } }
    public var isInteractive: Bool { false }
}
