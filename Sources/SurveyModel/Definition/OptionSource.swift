/// Where a question's options come from: written inline, or a shared `OptionList` by id.
public enum OptionSource: Sendable, Hashable {
    case inline([ChoiceOption])
    case list(String)
}
