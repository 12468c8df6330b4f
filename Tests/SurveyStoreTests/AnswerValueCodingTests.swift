import SurveyModel
import Testing

@testable import SurveyStore

/// Stored answers decode to exactly what was encoded, through the fast paths for plain codes and grids and through
/// the general JSON parser for escaped text.
@Suite struct AnswerValueCodingTests {
    static let values: [AnswerValue] = [
        .code("a"), .code("with \"quote\""), .codes([]), .codes([""]), .codes(["a", "b,c", "d"]),
        .codes(["x\",\"y", "back\\slash"]), .codes(["é", "中文"]), .ranking(["3", "1", "2"]), .ranking(["a\"b"]),
        .grid([:]), .grid(["r1": 3, "r,2": 4.5, "r:3": -0.25, "tiny": 1e-7, "big": 12_345_678]),
        .grid(["q\"x": 1]), .number(4), .number(-2.5), .text("free text, with \"quotes\"\nand lines"),
        .date("2026-11-23"), .dontKnow, .refused,
        .maxDiff([MaxDiffChoice(shown: ["a", "b", "c"], best: "a", worst: "c")]),
    ]

    @Test(arguments: values) func roundTrip(_ value: AnswerValue) throws {
        let (kind, json) = AnswerValueCoding.encode(value)
        #expect(try AnswerValueCoding.decode(kind: kind, json: json) == value, "\(kind) \(json)")
    }

    @Test func damagedValuesAreErrorsNotGuesses() {
        for (kind, json) in [("codes", "[a]"), ("grid", "{\"a\":x}"), ("grid", "{a:1}"),
                             ("codes", "{"), ("grid", "[1]")] {
            #expect(throws: AnswerValueCoding.Failure.self, "\(kind) \(json)") {
                try AnswerValueCoding.decode(kind: kind, json: json)
            }
        }
    }
}
