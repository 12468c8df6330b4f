/// Several CSV problems reported together (the reader collects up to a limit before stopping).
public struct CSVErrors: Error, Sendable, CustomStringConvertible {
    /// The problems in file order.
    public let errors: [CSVError]
    /// True when more problems existed than were collected.
    public let truncated: Bool

    public init(_ errors: [CSVError], truncated: Bool = false) {
        self.errors = errors
        self.truncated = truncated
    }

    public var description: String {
        var lines = errors.map(\.description)
        if truncated { lines.append("(further errors not shown)") }
        return lines.joined(separator: "\n")
    }
}
