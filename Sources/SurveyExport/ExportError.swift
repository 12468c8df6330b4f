/// Why an export failed. Messages name files, variables and codes, never answer values.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier: `write-failed`, `readstat`, `xml-writer`, `template`, `unknown-weight-set`, ...
    public var code: String
    public var message: String

    public init(code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "error: \(message)" }
}
