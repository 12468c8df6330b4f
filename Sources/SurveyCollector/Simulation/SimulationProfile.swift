public import Foundation

/// Per-segment answer profiles for `voc simulate`, read from a JSON file, so that segment differences can be
/// built into synthetic data:
///
/// ```json
/// {
///   "attributes": { "region": { "north": 2, "south": 1 } },
///   "answers": { "nps": { "shift": 1 } },
///   "segments": {
///     "older": { "nps": { "shift": -2 }, "imp.safety": { "shift": 1.5 }, "liked": { "distribution": { "app": 3 } } }
///   }
/// }
/// ```
///
/// - `attributes`: for each respondent attribute, relative weights of its values.
/// - `answers`: profiles for everyone; `segments`: profiles applied when the respondent is in the segment (the
///   segment's condition is evaluated on the answers so far). Later segments override earlier ones per key.
/// - Keys are a question id, or `question.part` for a matrix row, an importance need (`imp.safety`,
///   `imp.safety.perf`), a Kano feature answer (`kano.alerts.f`), a ranking or MaxDiff item (`md.a`).
/// - `distribution`: relative weights of codes or values; `shift`: a shift of the mean in scale points (for
///   rankings and MaxDiff, a utility boost of the item).
public struct SimulationProfile: Sendable, Hashable, Codable {
    public var attributes: [String: [String: Double]]
    public var answers: [String: AnswerProfile]
    public var segments: [String: [String: AnswerProfile]]

    public init(
        attributes: [String: [String: Double]] = [:], answers: [String: AnswerProfile] = [:],
        segments: [String: [String: AnswerProfile]] = [:]
    ) {
        self.attributes = attributes
        self.answers = answers
        self.segments = segments
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        attributes = try container.decodeIfPresent([String: [String: Double]].self, forKey: .attributes) ?? [:]
        answers = try container.decodeIfPresent([String: AnswerProfile].self, forKey: .answers) ?? [:]
        segments = try container.decodeIfPresent([String: [String: AnswerProfile]].self, forKey: .segments) ?? [:]
    }

    /// Reads a profile file.
    /// - Throws: the file's read error, or a `DecodingError` describing the malformed part.
    public static func load(contentsOf url: URL) throws -> SimulationProfile {
        try JSONDecoder().decode(SimulationProfile.self, from: Data(contentsOf: url))
    }
}
