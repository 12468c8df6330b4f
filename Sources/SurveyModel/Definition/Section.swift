/// An ordered group of survey items, optionally shown only `when` a condition holds.
public struct Section: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText?
    /// Shown only when this evaluates to true; `nil` means always.
    public var when: Expression?
    /// Whether the items of this section are shown in a per-respondent random order (seeded, replayable).
    public var randomize: Bool
    /// Whether this section takes part in section rotation: the sections marked `rotate` swap places among
    /// themselves in a per-respondent random order (seeded, replayable); unmarked sections keep their position
    /// (screeners first, demographics last). Default false.
    public var rotate: Bool
    /// For focus-group guides: the stage of the questioning route.
    public var stage: DiscussionStage?
    /// For focus-group guides: the time box in minutes.
    public var minutes: Int?
    /// How web pages group this section's items; nil: as the survey says (`Survey.page`).
    public var page: PageLayout?
    public var items: [SurveyItem]

    public init(
        id: String, title: LocalizedText? = nil, when: Expression? = nil, randomize: Bool = false,
        rotate: Bool = false, stage: DiscussionStage? = nil, minutes: Int? = nil, items: [SurveyItem] = []
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.randomize = randomize
        self.rotate = rotate
        self.stage = stage
        self.minutes = minutes
        self.items = items
    }
}
