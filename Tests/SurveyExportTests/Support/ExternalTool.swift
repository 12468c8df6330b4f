import Foundation
import Testing

/// Runs an installed command-line tool (readstat, extract_metadata, chromium) and captures its output.
///
/// A missing tool fails the test with the Debian package to install; it never skips.
struct ExternalTool {
    var path: String
    var package: String

    static let readstat = ExternalTool(path: "/usr/bin/readstat", package: "readstat")
    static let extractMetadata = ExternalTool(path: "/usr/bin/extract_metadata", package: "readstat")
    static let chromium = ExternalTool(path: "/usr/bin/chromium", package: "chromium")

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the tool with `arguments`; records an issue (with an install hint) when it is not installed.
    func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Output {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record(
                "\(path) is not installed: run `sudo apt-get install \(package)` (or .ci/install-deps)",
                sourceLocation: sourceLocation)
            throw ToolMissing()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        // Output goes to files, not pipes: tests run in parallel, and pipes shared with other children can
        // come back empty.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outURL = folder.file("stdout")
        let errURL = folder.file("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    struct ToolMissing: Error {}
}

/// A fresh temporary folder for one test, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("voc-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
