import Foundation

/// Runs the built `voc` executable for end-to-end tests and captures what it prints.
///
/// The binary is found, in order: the `VOC_BINARY` environment variable; a `voc` next to the running test
/// bundle (where `swift build` and `swift test` put it); `.build/debug/voc` under the package root. Tests that
/// need it depend on the `voc` target so that SwiftPM builds it first.
public enum VocRunner {
    /// What one run of `voc` did.
    public struct Result: Sendable, Hashable, CustomStringConvertible {
        /// The exit status (0 success, 1 failure, 2 usage error).
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// A failure to start the binary (not a non-zero exit status, which is a normal `Result`).
    public struct LaunchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The package's root directory (the folder holding Package.swift), derived from this source file's path.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The `voc` executable to run (see the type's documentation for the search order).
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["VOC_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("voc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/voc")
    }

    /// Runs `voc` with `arguments` in `directory` (default: the package root), feeding `input` on standard input.
    ///
    /// Output goes through temporary files, so large outputs on both streams cannot deadlock.
    /// - Throws: `LaunchError` when the binary cannot be started.
    public static func run(_ arguments: [String], in directory: URL? = nil, input: String = "") throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("voc-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let paths = ["stdin", "stdout", "stderr"].map { scratch.appendingPathComponent($0) }
        try Data(input.utf8).write(to: paths[0])
        try Data().write(to: paths[1])
        try Data().write(to: paths[2])
        let stdin = try FileHandle(forReadingFrom: paths[0])
        let stdout = try FileHandle(forWritingTo: paths[1])
        let stderr = try FileHandle(forWritingTo: paths[2])
        defer {
            try? stdin.close()
            try? stdout.close()
            try? stderr.close()
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw LaunchError(description: "cannot start \(binary.path): \(error)")
        }
        process.waitUntilExit()
        let out = String(decoding: try Data(contentsOf: paths[1]), as: UTF8.self)
        let err = String(decoding: try Data(contentsOf: paths[2]), as: UTF8.self)
        return Result(status: process.terminationStatus, stdout: out, stderr: err)
    }

    /// A new, empty temporary directory for a test's files; the caller removes it.
    public static func makeTemporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
