/// An open probe that asks *why*: attached to a what question, optionally only for some answers or once per
/// selected option, and optionally laddered ("why is that important to you?") up to `ladderDepth` levels.
///
/// Texts may pipe the answer being probed with `{answer}` (the chosen option's label, or the value) and the
/// previous ladder step with `{previous}`.
public struct WhyProbe: Sendable, Hashable {
    public var id: String
    /// The id of the what question whose answer is probed.
    public var about: String
    /// The first prompt, e.g. "Why would you give us {answer}?".
    public var text: LocalizedText
    /// Asked only when this evaluates to true (e.g. `{nps} <= 6` for detractors).
    public var when: Expression?
    /// Whether the probe is asked once, or once for each selected option (multiple choice, ranking top items).
    public var target: ProbeTarget
    /// How many "why" levels to climb at most (1 = only the first prompt). The respondent may stop earlier by
    /// giving an empty answer.
    public var ladderDepth: Int
    /// The prompt for levels 2 and up; default "Why is that important to you?".
    public var ladderText: LocalizedText
    /// The id of the codebook the answers will be coded with, if any.
    public var codebook: String?
    /// Whether the first level must be answered (default false: an empty answer skips the probe).
    public var required: Bool

    public init(
        id: String, about: String, text: LocalizedText, when: Expression? = nil, target: ProbeTarget = .answer,
        ladderDepth: Int = 1, ladderText: LocalizedText = WhyProbe.defaultLadderText, codebook: String? = nil,
        required: Bool = false
    ) {
        self.id = id
        self.about = about
        self.text = text
        self.when = when
        self.target = target
        self.ladderDepth = ladderDepth
        self.ladderText = ladderText
        self.codebook = codebook
        self.required = required
    }

    /// The standard laddering prompt (Reynolds & Gutman 1988).
    public static let defaultLadderText: LocalizedText = "Why is that important to you?"
}
