import Foundation
import Testing

@testable import SurveyStore

/// Stored string objects (respondent attributes, other texts) read the same through the fast path as through
/// Foundation's JSON parser, in SQLite's compact form and PostgreSQL's `jsonb` form.
@Suite struct JSONTextObjectTests {
    @Test(arguments: [
        #"{"email":"person1@example.org","industry":"retail"}"#,
        #"{"email": "person1@example.org", "industry": "retail"}"#, "{}", " { } ", #"{"中文":"值, with: commas}"}"#,
        #"{"a":"x\"y"}"#, #"{"a":"line\nbreak"}"#, #"{"a":"b","a":"c"}"#,
    ])
    func objectsReadAsFoundationReadsThem(_ json: String) throws {
        let expected = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(try JSONText.parseObject(json) == expected)
    }

    @Test(arguments: [
        #"{"a":1}"#, #"{"a":"b"} x"#, #"{"a":"b",}"#, #"["a"]"#, #"{"a""b"}"#, "{\"a\":\"tab\there\"}", #"{"a":"b""#,
    ])
    func otherShapesAreLeftToTheGeneralParser(_ json: String) {
        #expect(JSONText.parsePlainStringObject(json) == nil)
    }

    @Test func damagedObjectsAreErrors() {
        #expect(throws: (any Error).self) { try JSONText.parseObject(#"{"a":1}"#) }
        #expect(throws: (any Error).self) { try JSONText.parseObject(#"{"a":"b""#) }
    }
}
