/// A column to load: its header name and kind.
public struct CSVColumnRequest: Sendable, Equatable {
    public var name: String
    public var kind: CSVColumnKind

    public init(_ name: String, _ kind: CSVColumnKind = .automatic) {
        self.name = name
        self.kind = kind
    }
}
