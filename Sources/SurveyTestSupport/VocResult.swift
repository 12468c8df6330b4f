import Foundation

/// The outcome of one run of the `voc` executable.
public struct VocResult: Sendable {
    public let stdout: String
    public let stderr: String
    public let exitCode: Int32
}
