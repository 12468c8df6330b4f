/// The selection marker drawn before an option. Markers are plain ASCII so that selection is visible without
/// colour (`NO_COLOR`, dumb terminals).
public enum OptionMark: Sendable, Hashable {
    /// No marker (e.g. a scale legend).
    case none
    /// Single choice: `( )` or `(*)`.
    case radio(selected: Bool)
    /// Multiple choice: `[ ]` or `[x]`.
    case checkbox(checked: Bool)
    /// Ranking: `[ ]` unranked or `[3]` ranked third.
    case rank(Int?)
    /// Free marker text, e.g. `[B]` best / `[W]` worst in MaxDiff.
    case label(String)

    /// The marker as drawn (empty for `.none`).
    public var text: String {
        switch self {
        case .none: ""
        case .radio(let selected): selected ? "(*)" : "( )"
        case .checkbox(let checked): checked ? "[x]" : "[ ]"
        case .rank(let position): position.map { "[\($0)]" } ?? "[ ]"
        case .label(let text): text
        }
    }

    /// Whether the marker shows a selection (drawn highlighted when colour is on).
    public var isSelected: Bool {
        switch self {
        case .none: false
        case .radio(let selected): selected
        case .checkbox(let checked): checked
        case .rank(let position): position != nil
        case .label(let text): text.contains { !" []()".contains($0) }
        }
    }
}
