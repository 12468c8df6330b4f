/// The label of one point on a rating scale.
public struct ScaleLabel: Sendable, Hashable {
    public var value: Int
    public var text: LocalizedText

    public init(value: Int, text: LocalizedText) {
        self.value = value
        self.text = text
    }
}
