/// A named, shared list of options that several questions can use.
public struct OptionList: Sendable, Hashable {
    public var id: String
    public var options: [ChoiceOption]

    public init(id: String, options: [ChoiceOption]) {
        self.id = id
        self.options = options
    }
}
