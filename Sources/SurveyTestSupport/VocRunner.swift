import Foundation

/// Runs the built `voc` binary for end-to-end tests.
///
/// The binary is found, in order: `$VOC_BINARY`; `voc` beside the test bundle (the build products directory,
/// e.g. `.build/debug`); `.build/debug/voc` under the package root derived from this file's path.
public enum VocRunner {
    /// Errors locating or starting the binary.
    public enum Failure: Error, CustomStringConvertible {
        case binaryNotFound([String])

        public var description: String {
            switch self {
            case .binaryNotFound(let tried): "voc binary not found; tried: " + tried.joined(separator: ", ")
            }
        }
    }

    /// The path of the `voc` executable.
    public static func binaryPath() throws -> String {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["VOC_BINARY"] { candidates.append(explicit) }
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("voc").path)
        candidates.append(bundle.appendingPathComponent("voc").path)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/voc").path)
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw Failure.binaryNotFound(candidates)
    }

    /// Runs `voc` with `arguments` (and `stdin` text if given) in `directory`, waiting for it to finish.
    public static func run(
        _ arguments: [String], stdin: String? = nil, directory: String? = nil,
        environment: [String: String]? = nil
    ) throws -> VocResult {
        try run(executable: try binaryPath(), arguments, stdin: stdin, directory: directory, environment: environment)
    }

    /// Runs another executable of the package (e.g. a test worker) the same way as `run(_:stdin:directory:environment:)`.
    public static func run(
        executable: String, _ arguments: [String], stdin: String? = nil, directory: String? = nil,
        environment: [String: String]? = nil
    ) throws -> VocResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("voc-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let stdin {
            let inURL = scratch.appendingPathComponent("stdin")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return VocResult(
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8),
            exitCode: process.terminationStatus)
    }

    /// A fresh temporary directory for a test's files (the caller removes it).
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("voc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
