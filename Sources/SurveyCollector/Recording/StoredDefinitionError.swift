/// A stored survey definition that no longer loads; the description is its rendered diagnostics.
public struct StoredDefinitionError: Error, Sendable, CustomStringConvertible {
    public var description: String
}
