/// A margin's variable and the sum of its targets.
public struct MarginTotal: Sendable, Equatable {
    public var variable: String
    public var total: Double

    public init(variable: String, total: Double) {
        self.variable = variable
        self.total = total
    }
}
