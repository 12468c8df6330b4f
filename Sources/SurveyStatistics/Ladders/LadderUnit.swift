/// One coded utterance for ladder segmentation: a person's answer, or a probe addressed to everyone in a context.
public struct LadderUnit: Sendable, Hashable {
    public enum Speaker: Sendable, Hashable {
        /// A participant's turn or a respondent's why-ladder step.
        case person(String)
        /// The moderator's question, or the survey's probe: it applies to every person in the context.
        case probe
    }

    public var speaker: Speaker
    /// Ladders never span contexts: a guide section of one session, or one probed option of one response.
    public var context: String
    /// The codes, in the order said (text order for rule-coded texts, the coder's order otherwise).
    public var codes: [String]
    /// Where it was said, for inconsistency reports ("session G1 turn 12", "response r1 why_top fees step 2").
    public var source: String

    public init(speaker: Speaker, context: String, codes: [String], source: String) {
        self.speaker = speaker
        self.context = context
        self.codes = codes
        self.source = source
    }
}
