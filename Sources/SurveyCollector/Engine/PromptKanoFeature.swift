/// A Kano feature as shown.
public struct PromptKanoFeature: Sendable, Hashable {
    public var number: Int
    public var code: String
    public var label: String
    public var functional: String
    public var dysfunctional: String
}
