/// A reference to a variable: `{id}` or `{id.part}` (a matrix row, a need of a battery, a Kano feature).
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    public var id: String
    public var part: String?

    public init(id: String, part: String? = nil) {
        self.id = id
        self.part = part
    }

    public var description: String { part.map { "{\(id).\($0)}" } ?? "{\(id)}" }
}
