import Foundation
import SurveyModel
import Testing

@testable import SurveyParser
import SurveyText

@Suite struct RoundTripTests {
    /// Loads `text` and requires a survey without errors, reporting the rendered diagnostics otherwise.
    static func survey(_ text: String, _ format: SurveyFormat, path: String = "round-trip") throws -> Survey {
        let document = SurveyLoader.load(text: text, path: path + "." + format.rawValue, format: format)
        #expect(!document.hasErrors, "\(document.rendered())")
        return try #require(document.survey)
    }

    @Test func completeXMLConvertsToJSONAndBack() throws {
        let original = try Self.survey(try Fixtures.text("valid/complete.xml"), .xml)
        let json = SurveyWriter.json(original)
        let fromJSON = try Self.survey(json, .json)
        #expect(fromJSON == original)
        let xml = SurveyWriter.xml(fromJSON)
        let fromXML = try Self.survey(xml, .xml)
        #expect(fromXML == original)
        #expect(SurveyWriter.xml(fromXML) == xml)
        #expect(SurveyWriter.json(fromXML) == json)
    }

    @Test func jsonFixtureEqualsXMLFixture() throws {
        let xml = try Self.survey(try Fixtures.text("valid/complete.xml"), .xml)
        let json = try Self.survey(try Fixtures.text("valid/complete.json"), .json)
        #expect(xml == json)
        #expect(SurveyHash.sha256(xml) == SurveyHash.sha256(json))
    }

    @Test func hashIsSHA256OfCanonicalJSON() throws {
        #expect(
            SHA256Digest.hex(of: Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1_000)
        #expect(SHA256Digest.hex(of: long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        let survey = try Self.survey(try Fixtures.text("valid/complete.xml"), .xml)
        #expect(SurveyHash.sha256(survey) == SHA256Digest.hex(of: Array(SurveyWriter.json(survey).utf8)))
    }
}
