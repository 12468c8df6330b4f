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
