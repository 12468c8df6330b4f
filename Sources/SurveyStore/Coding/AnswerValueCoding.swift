import Foundation
import SurveyModel

/// The stored form of an `AnswerValue`: a short kind name and the payload as compact JSON text.
///
/// | kind | value JSON |
/// |---|---|
/// | `code` | `"A"` |
/// | `codes`, `ranking` | `["A","B"]` |
/// | `number` | `4.5` (integers without `.0`) |
/// | `text`, `date` | `"..."` |
/// | `grid` | `{"row":3,...}` (keys sorted) |
/// | `maxdiff` | `[{"shown":["a","b"],"best":"a","worst":"b"},...]` |
/// | `dk`, `refused` | `null` |
///
/// The JSON is portable (PostgreSQL `jsonb` reads it as is). Decoding throws `AnswerValueCoding.Failure` for an
/// unknown kind or malformed JSON (a damaged store).
public enum AnswerValueCoding {
    /// A stored value that cannot be decoded; carries no value text.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var kind: String
        public var description: String { "a stored answer of kind '\(kind)' cannot be decoded" }
    }

    /// The kind name and JSON text of `value`.
    public static func encode(_ value: AnswerValue) -> (kind: String, json: String) {
        switch value {
        case .code(let code): ("code", JSONText.string(code))
        case .codes(let codes): ("codes", JSONText.array(codes))
        case .ranking(let codes): ("ranking", JSONText.array(codes))
        case .number(let number): ("number", JSONText.number(number))
        case .text(let text): ("text", JSONText.string(text))
        case .date(let date): ("date", JSONText.string(date))
        case .grid(let grid):
            (
                "grid",
                "{"
                    + grid.sorted { $0.key < $1.key }.map { JSONText.string($0.key) + ":" + JSONText.number($0.value) }
                    .joined(separator: ",") + "}"
            )
        case .maxDiff(let choices):
            (
                "maxdiff",
                "["
                    + choices.map {
                        "{\"shown\":\(JSONText.array($0.shown)),\"best\":\(JSONText.string($0.best)),"
                            + "\"worst\":\(JSONText.string($0.worst))}"
                    }.joined(separator: ",") + "]"
            )
        case .dontKnow: ("dk", "null")
        case .refused: ("refused", "null")
        }
    }

    /// The value stored as `kind` and `json`.
    public static func decode(kind: String, json: String) throws -> AnswerValue {
        let failure = Failure(kind: kind)
        switch kind {
        case "dk": return .dontKnow
        case "refused": return .refused
        case "code": return .code(try JSONText.parseString(json) ?? { throw failure }())
        case "text": return .text(try JSONText.parseString(json) ?? { throw failure }())
        case "date": return .date(try JSONText.parseString(json) ?? { throw failure }())
        case "number":
            guard let number = Double(json) else { throw failure }
            return .number(number)
        case "codes", "ranking":
            if let codes = JSONText.parsePlainStringArray(json) {
                return kind == "codes" ? .codes(codes) : .ranking(codes)
            }
        case "grid":
            if let grid = JSONText.parsePlainNumberObject(json) { return .grid(grid) }
        default: break
        }
        // Escaped text (or a damaged value): the general JSON parser decides.
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        else { throw failure }
        switch kind {
        case "codes", "ranking":
            guard let codes = object as? [String] else { throw failure }
            return kind == "codes" ? .codes(codes) : .ranking(codes)
        case "grid":
            guard let grid = object as? [String: Any] else { throw failure }
            var values: [String: Double] = [:]
            for (key, value) in grid {
                guard let number = (value as? NSNumber)?.doubleValue else { throw failure }
                values[key] = number
            }
            return .grid(values)
        case "maxdiff":
            guard let sets = object as? [[String: Any]] else { throw failure }
            return .maxDiff(
                try sets.map { set in
                    guard let shown = set["shown"] as? [String], let best = set["best"] as? String,
                        let worst = set["worst"] as? String
                    else { throw failure }
                    return MaxDiffChoice(shown: shown, best: best, worst: worst)
                })
        default: throw failure
        }
    }
}
