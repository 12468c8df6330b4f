import Foundation

/// A program running in a real pseudo-terminal inside a private tmux server (its own socket, so no other tmux
/// session is touched), driven with `send-keys` and read with `capture-pane`.
///
/// Waits poll the pane until the expected text appears, with a timeout, instead of sleeping a fixed time.
/// tmux is required: when it is missing, `start` throws `TmuxError.notInstalled` with an install hint, so the
/// test fails instead of being skipped.
final class TmuxSession {
    enum TmuxError: Error, CustomStringConvertible {
        case notInstalled
        case commandFailed(arguments: [String], status: Int32, output: String)
        case timeout(waitingFor: String, screen: [String])

        var description: String {
            switch self {
            case .notInstalled:
                "tmux is not installed; the terminal interview test needs it: apt-get install tmux (Debian/Ubuntu) "
                    + "or brew install tmux (macOS)"
            case .commandFailed(let arguments, let status, let output):
                "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(output)"
            case .timeout(let text, let screen):
                "timed out waiting for \"\(text)\"; the screen was:\n" + screen.joined(separator: "\n")
            }
        }
    }

    static let candidates = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]

    let executable: String
    let socket: String
    let target = "interview"

    /// Starts `command` (run by `/bin/sh -c`) in a detached session of `width`×`height` cells.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let found = Self.candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw TmuxError.notInstalled
        }
        executable = found
        socket = "voc-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments.append(command)
        try tmux(arguments)
    }

    deinit {
        // Ends only this test's private server (and the program in it).
        _ = try? tmux(["kill-server"])
    }

    /// Types `text` literally (every character, including spaces and CJK).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    /// Sends named keys: `Enter`, `BSpace`, `Left`, `Right`, `Up`, `Down`, `Space`, `C-c`, `F2`, …
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

    /// Resizes the window (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, one string per row (trailing spaces removed by tmux); with `escapes`, including the
    /// SGR sequences of colours and attributes.
    func screen(escapes: Bool = false) throws -> [String] {
        let output = try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Polls the screen until some row contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20) throws -> [String] {
        try waitUntil(text, timeout: timeout) { screen in screen.contains { $0.contains(text) } }
    }

    /// Polls the screen until `condition` holds; returns that screen.
    @discardableResult
    func waitUntil(_ description: String, timeout: Double = 20, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(30_000)
        }
        throw TmuxError.timeout(waitingFor: description, screen: last)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-L", socket] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: process.terminationStatus, output: output)
        }
        return output
    }
}
