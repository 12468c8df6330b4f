import Foundation

/// Runs an installed command-line tool (readstat, extract_metadata, chromium) and captures its output.
///
/// A missing tool is an error that names the Debian package to install, so the test fails; it never skips.
public struct ExternalTool: Sendable {
    public var path: String
    public var package: String

    public static let readstat = ExternalTool(path: "/usr/bin/readstat", package: "readstat")
    public static let extractMetadata = ExternalTool(path: "/usr/bin/extract_metadata", package: "readstat")
    public static let chromium = ExternalTool(path: "/usr/bin/chromium", package: "chromium")

    /// Headless Chromium flags for a screenshot or DOM dump of a local page.
    public static let headlessChromium = [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
    ]

    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The tool is not installed.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs the tool with `arguments`.
    /// - Throws: `Missing` with an install hint when the tool is not installed.
    public func run(_ arguments: [String]) throws -> Output {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Missing(
                description: "\(path) is not installed: run `sudo apt-get install \(package)` (or .ci/install-deps)")
        }
        let result = try VocRunner.run(executable: path, arguments)
        return Output(status: result.exitCode, stdout: result.stdout, stderr: result.stderr)
    }
}
