/// A failure while writing XML (misuse of `XMLWriter` or a libxml2 error). Never contains the text written.
public struct XMLWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { "XML writer: \(message)" }
}
