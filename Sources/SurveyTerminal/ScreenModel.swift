import SurveyCollector
/// Everything one interview screen shows, as plain values: what the terminal driver builds from the engine's
/// prompt and `ScreenRenderer` lays out for a given terminal size. Holds no escape codes and no layout.
public struct ScreenModel: Sendable, Hashable {
    /// The survey title (top left).
    public var title: String
    /// The current section title, if any (second line).
    public var section: String?
    /// Progress as "current/total", shown top right (e.g. `12/40`).
    public var progress: Progress?
    /// The question (or probe, note) text; wrapped to the terminal width.
    public var question: String
    /// Extra lines under the question: help, the current matrix row, the MaxDiff step, a scale legend …
    /// Each entry is wrapped separately.
    public var details: [String] = []
    /// Numbered options; paginated when they do not fit.
    public var options: [ScreenOption] = []
    /// The index in `options` of the option under the cursor (arrow keys), if any.
    public var highlighted: Int?
    /// The input line (text, number, typed option numbers), if the question takes typed input.
    public var input: InputLine?
    /// An error, warning or information message shown above the hint line.
    public var message: ScreenMessage?
    /// The key hint on the last line.
    public var hint: String = ""

    /// "current/total": the question number and the number of questions the respondent is expected to see.
    public struct Progress: Sendable, Hashable {
        public var current: Int
        public var total: Int

        public init(current: Int, total: Int) {
            self.current = current
            self.total = total
        }

        /// `current/total`, e.g. `12/40`.
        public var text: String { "\(current)/\(total)" }
    }
}

/// One numbered option line: `> (*) 3. Label`.
public struct ScreenOption: Sendable, Hashable {
    /// The key that chooses it, shown before the label (usually its number).
    public var key: String
    public var label: String
    public var mark: OptionMark = .none
}

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

/// The typed-input line: a prompt and the line editor's contents.
public struct InputLine: Sendable, Hashable {
    public var prompt: String
    public var editor: LineEditor

    public init(prompt: String = "> ", editor: LineEditor) {
        self.prompt = prompt
        self.editor = editor
    }
}

/// A message for the respondent or interviewer.
public struct ScreenMessage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The answer was not accepted.
        case error
        /// A soft check: the answer may be confirmed.
        case warning
        /// Neutral information (e.g. "Answer saved", the suspend question).
        case info
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
