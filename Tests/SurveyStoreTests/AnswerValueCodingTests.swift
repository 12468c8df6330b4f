import Foundation
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
        for (kind, json) in [
            ("codes", "[a]"), ("grid", "{\"a\":x}"), ("grid", "{a:1}"),
            ("codes", "{"), ("grid", "[1]"),
        ] {
            #expect(throws: AnswerValueCoding.Failure.self, "\(kind) \(json)") {
                try AnswerValueCoding.decode(kind: kind, json: json)
            }
        }
    }
}

/// The per-response answer blocks of bulk imports: what `encode` writes, `decode` reads back exactly; damaged
/// blocks are errors.
@Suite struct AnswerBlockCodingTests {
    @Test func roundTripsEveryKindInQuestionOrder() throws {
        let values: [(String, AnswerValue, String?)] = [
            ("q2", .codes(["a", "o"]), #"{"q2.o":"x \"y\" ]}"}"#), ("q10", .text("]}, \"\\ \n"), nil),
            ("q1", .grid(["a": 1, "b": 2.5]), nil), ("é", .dontKnow, nil),
            (
                "m",
                .maxDiff([
                    MaxDiffChoice(shown: ["a", "b"], best: "a", worst: "b")
                ]), nil
            ), ("n", .number(-0.125), nil),
        ]
        let entries = values.map { id, value, others in
            let (kind, json) = AnswerValueCoding.encode(value)
            return AnswerBlockCoding.Entry(questionID: id, kind: kind, json: json, otherTexts: others)
        }
        let block = AnswerBlockCoding.encode(entries)
        let decoded = try AnswerBlockCoding.decode(block)
        #expect(decoded.map(\.questionID) == ["m", "n", "q1", "q10", "q2", "é"])
        #expect(Set(decoded.map { "\($0)" }) == Set(entries.map { "\($0)" }))
        for entry in decoded {
            let value = try AnswerValueCoding.decode(kind: entry.kind, json: entry.json)
            #expect(values.first { $0.0 == entry.questionID }?.1 == value)
        }
        // The importer's byte-level encoder writes the same text.
        var buffer: [UInt8] = [1, 2, 3]
        AnswerBlockCoding.encode(
            answers: Dictionary(uniqueKeysWithValues: values.map { ($0.0, $0.1) }),
            otherTexts: ["q2.o": #"x "y" ]}"#, "q20.o": "not q2's"], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == block)
        // It is JSON: Foundation reads it too.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        #expect(object.count == 6)
        #expect(try AnswerBlockCoding.decode("{}") == [])
    }

    @Test func codesAndNumbersAreStoredShort() throws {
        var buffer: [UInt8] = []
        AnswerBlockCoding.encode(
            answers: [
                "q1": .code("3"), "q2": .number(4.5), "q3": .codes(["a", "x"]), "q4": .dontKnow,
                "q5": .code("other"), "q6": .number(-2),
            ],
            otherTexts: ["q3.x": "my own words", "q5.other": "cheap"], into: &buffer)
        let block = String(decoding: buffer, as: UTF8.self)
        #expect(
            block == #"{"q1":"3","q2":4.5,"q3":["codes",["a","x"],{"q3.x":"my own words"}],"q4":["dk",null],"#
                + #""q5":["code","other",{"q5.other":"cheap"}],"q6":-2}"#)
        let entries = try AnswerBlockCoding.decode(block)
        #expect(entries.map(\.kind) == ["code", "number", "codes", "dk", "code", "number"])
        #expect(entries.map(\.json) == [#""3""#, "4.5", #"["a","x"]"#, "null", #""other""#, "-2"])
        #expect(AnswerBlockCoding.encode(entries) == block)
    }

    @Test(arguments: [
        "", "{", #"{"q1":true}"#, #"{"q1":null}"#, #"{"q1":["code","1"]"#, #"{"q1":["code"]}"#, #"{"q1":["code","1]}"#,
        "[]",
        #"{"q1":["code","1"]} x"#, #"{q1:["code","1"]}"#,
    ])
    func damagedBlocksAreErrors(_ block: String) {
        #expect(throws: AnswerBlockCoding.Failure.self) { try AnswerBlockCoding.decode(block) }
    }
}
