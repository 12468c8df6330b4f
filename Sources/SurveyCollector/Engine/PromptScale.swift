/// A rating scale as shown.
public struct PromptScale: Sendable, Hashable {
    public var min: Int
    public var max: Int
    /// Labels of the labelled points, ascending.
    public var labels: [Int: String] = [:]
}
