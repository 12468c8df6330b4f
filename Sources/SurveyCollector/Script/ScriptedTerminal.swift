import Foundation

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
