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
