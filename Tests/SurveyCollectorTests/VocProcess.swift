import Foundation
import SurveyTestSupport
import Testing

/// A `voc` child process with piped stdin and stdout, for the crash and concurrency tests.
final class VocProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private(set) var text = ""

    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: try VocRunner.binaryPath())
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Writes lines to the child's stdin.
    func send(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Reads stdout until `condition` holds for the text so far, or end of output. Returns whether it held.
    @discardableResult
    func read(until condition: (String) -> Bool) -> Bool {
        while !condition(text) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { return false }
            text += String(decoding: data, as: UTF8.self)
        }
        return true
    }

    /// Kills the child with SIGKILL, then collects everything it had written.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        closeInput()
        read { _ in false }
    }

    /// Closes stdin, reads to the end and waits for the exit status.
    func finish() -> Int32 {
        closeInput()
        read { _ in false }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The ids on `saved …` lines (answers and ladder steps acknowledged after commit).
    var saved: [String] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("saved ") else { return nil }
            return line.dropFirst(6).split(separator: " ").first.map(String.init)
        }
    }

    /// The response id from the `# response ID …` header.
    var responseID: String? {
        text.split(separator: "\n").first { $0.hasPrefix("# response ") }?.split(separator: " ").dropFirst(2).first
            .map(String.init)
    }

    /// The position of the first prompt shown (`[n/N] POSITION: …` or `[n/N] POSITION why …`).
    var firstPromptPosition: String? {
        for line in text.split(separator: "\n") where line.hasPrefix("[") {
            guard let close = line.firstIndex(of: "]") else { continue }
            let rest = line[line.index(close, offsetBy: 2)...]
            return String(rest.prefix { $0 != ":" && $0 != " " })
        }
        return nil
    }
}

/// A temporary directory removed when the value is dropped.
final class TemporaryDirectory: @unchecked Sendable {
    let url: URL

    init() throws {
        url = try VocRunner.temporaryDirectory()
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
