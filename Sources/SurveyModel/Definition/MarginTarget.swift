/// One population target: the count (or share) of `level` of `variable`.
public struct MarginTarget: Sendable, Hashable {
    public var variable: String
    public var level: String
    public var target: Double

    public init(variable: String, level: String, target: Double) {
        self.variable = variable
        self.level = level
        self.target = target
    }
}
