/// A validation rule on an answer. A hard check blocks the answer; a soft check warns and may be confirmed.
public struct Check: Sendable, Hashable {
    /// The condition that must hold for the answer to pass.
    public var condition: Expression
    public var severity: CheckSeverity
    public var message: LocalizedText

    public init(condition: Expression, severity: CheckSeverity = .hard, message: LocalizedText) {
        self.condition = condition
        self.severity = severity
        self.message = message
    }
}
