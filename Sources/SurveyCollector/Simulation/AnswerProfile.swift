/// How one question (or row, need, item) is answered in a simulation.
public struct AnswerProfile: Sendable, Hashable, Codable {
    /// Relative weights of codes or values (e.g. `{"9": 3, "10": 2}`); nil: the default spread.
    public var distribution: [String: Double]?
    /// Shift of the mean, in scale points (utility for rankings and MaxDiff items); nil: none.
    public var shift: Double?
}
