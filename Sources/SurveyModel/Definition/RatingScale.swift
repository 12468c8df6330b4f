/// A numeric rating scale from `min` to `max` (integers), with labels for some or all points.
public struct RatingScale: Sendable, Hashable {
    public var min: Int
    public var max: Int
    /// Labels of scale points, in ascending value order; points without a label show the number only.
    public var labels: [ScaleLabel]

    public init(min: Int, max: Int, labels: [ScaleLabel] = []) {
        self.min = min
        self.max = max
        self.labels = labels
    }

    /// The number of points on the scale.
    public var pointCount: Int { max - min + 1 }

    /// The label of `value`, if one is defined.
    public func label(of value: Int) -> LocalizedText? {
        labels.first { $0.value == value }?.text
    }
}
