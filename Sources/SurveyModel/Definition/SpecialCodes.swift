/// The codes stored for special answers. Defaults: don't know `-1`, refused `-2` (never valid option codes).
public struct SpecialCodes: Sendable, Hashable, Codable {
    public var dontKnow: String
    public var refused: String

    public init(dontKnow: String = "-1", refused: String = "-2") {
        self.dontKnow = dontKnow
        self.refused = refused
    }
}
