/// One option as shown: its display number (1-based, in the shown order), code and translated label.
public struct PromptOption: Sendable, Hashable {
    public var number: Int
    public var code: String
    public var label: String
    public var exclusive: Bool
    public var other: Bool

    public init(number: Int, code: String, label: String, exclusive: Bool = false, other: Bool = false) {
        self.number = number
        self.code = code
        self.label = label
        self.exclusive = exclusive
        self.other = other
    }
}
