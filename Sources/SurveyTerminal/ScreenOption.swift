/// One numbered option line: `> (*) 3. Label`.
public struct ScreenOption: Sendable, Hashable {
    /// The key that chooses it, shown before the label (usually its number).
    public var key: String
    public var label: String
    public var mark: OptionMark = .none
}
