import SurveyCollector
/// What the output terminal supports, decided from the environment.
public struct TerminalCapabilities: Sendable, Hashable {
    /// Whether SGR colour and bold sequences are written.
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    /// Colour is on unless `NO_COLOR` is set to a non-empty value (https://no-color.org), `TERM` is unset or
    /// `dumb`, or the output is not a terminal.
    public init(environment: [String: String], outputIsTerminal: Bool) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let term = environment["TERM"] ?? ""
        color = outputIsTerminal && !noColor && !term.isEmpty && term != "dumb"
    }
}
