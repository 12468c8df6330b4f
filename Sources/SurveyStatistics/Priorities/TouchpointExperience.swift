/// How a respondent experienced one touchpoint (website, phone line, delivery, billing, …).
public enum TouchpointExperience: Int, Sendable, CaseIterable, Codable {
    case negative = -1, neutral = 0, positive = 1

    /// Maps a rating to an experience: ≤ `negativeAtMost` is negative, ≥ `positiveAtLeast` positive, else neutral.
    public init?(rating: Double, negativeAtMost: Double, positiveAtLeast: Double) {
        if rating.isNaN { return nil }
        self = rating <= negativeAtMost ? .negative : rating >= positiveAtLeast ? .positive : .neutral
    }
}
