/// Kano categories (Kano et al. 1984; Berger et al. 1993, Center for Quality Management Journal 2(4)).
public enum KanoCategory: String, Sendable, CaseIterable, Codable {
    /// Attractive (delighter).
    case attractive = "A"
    /// One-dimensional (performance, linear).
    case oneDimensional = "O"
    /// Must-be (basic, price of entry).
    case mustBe = "M"
    /// Indifferent.
    case indifferent = "I"
    /// Reverse.
    case reverse = "R"
    /// Questionable (contradictory answers).
    case questionable = "Q"

    /// The standard 5 × 5 evaluation table (rows functional, columns dysfunctional), as implemented in
    /// `stp4/stp25stat R/kano.R` (docs/methods.md §2.3): Like/Like and Dislike/Dislike are Q.
    public static func evaluate(functional: KanoAnswer, dysfunctional: KanoAnswer) -> KanoCategory {
        table[functional.rawValue - 1][dysfunctional.rawValue - 1]
    }

    private static let table: [[KanoCategory]] = [
        [.questionable, .attractive, .attractive, .attractive, .oneDimensional],
        [.reverse, .indifferent, .indifferent, .indifferent, .mustBe],
        [.reverse, .indifferent, .indifferent, .indifferent, .mustBe],
        [.reverse, .indifferent, .indifferent, .indifferent, .mustBe],
        [.reverse, .reverse, .reverse, .reverse, .questionable],
    ]

    /// Rank in the M > O > A > I tie-break hierarchy (lower wins); R and Q come last.
    var hierarchyRank: Int {
        switch self {
        case .mustBe: 0
        case .oneDimensional: 1
        case .attractive: 2
        case .indifferent: 3
        case .reverse: 4
        case .questionable: 5
        }
    }
}
