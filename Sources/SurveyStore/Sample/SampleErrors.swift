/// Every problem of a sample file, one `file:row:column: error: ...` line each.
public struct SampleErrors: Error, Sendable, Hashable, CustomStringConvertible {
    public var messages: [String]
    public var description: String { messages.joined(separator: "\n") }
}
