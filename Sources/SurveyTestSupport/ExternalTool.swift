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

/// A fresh temporary folder for one test, removed by `remove()`.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init() throws {
        url = try VocRunner.temporaryDirectory()
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The width and height from a PNG's IHDR chunk (nil when the data is not a PNG).
public struct PNGHeader: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            Array(bytes[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        width = int(16)
        height = int(20)
    }
}
