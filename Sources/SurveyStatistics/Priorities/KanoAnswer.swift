/// Kano answer options for the functional ("if present") and dysfunctional ("if absent") questions, coded 1–5.
public enum KanoAnswer: Int, Sendable, CaseIterable, Codable {
    case like = 1, mustBe = 2, neutral = 3, liveWith = 4, dislike = 5
}
