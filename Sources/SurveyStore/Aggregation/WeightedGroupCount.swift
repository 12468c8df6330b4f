/// One group of an aggregate: the values of the key variables (nil: missing), the value of the summed variable
/// (nil when none was asked for or it is missing), one distinct weight, and how many responses have exactly these.
public struct WeightedGroupCount: Sendable, Hashable {
    public var keys: [String?]
    public var value: String?
    public var weight: Double
    public var count: Int
}
