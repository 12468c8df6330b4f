/// A directed relation between two codes.
public struct LadderLink: Sendable, Hashable, Comparable {
    public var from: String
    public var to: String

    public static func < (lhs: LadderLink, rhs: LadderLink) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }
}
