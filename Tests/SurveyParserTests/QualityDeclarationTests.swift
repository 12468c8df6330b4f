import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Attention checks and consistency rules in both syntaxes: `Fixtures/valid/quality.xml` and `quality.json` read
/// into the same model, the writers keep them, and the source map points at their parts.
@Suite struct QualityDeclarationTests {
    @Test func xmlAndJSONFixturesReadIntoTheSameSurvey() throws {
        let xml = try Fixtures.load("valid/quality.xml")
        let json = try Fixtures.load("valid/quality.json")
        #expect(xml.rendered() == "")
        #expect(json.rendered() == "")
        let survey = try #require(xml.survey)
        #expect(json.survey == survey)
        let checks = Dictionary(
            uniqueKeysWithValues: survey.whatQuestions.compactMap { q in q.attentionCheck.map { (q.id, $0) } })
        #expect(
            checks == [
                "trust": AttentionCheck(expected: ["2"]),
                "grid": AttentionCheck(row: "attn", expected: ["4", "5"]),
                "recommend": AttentionCheck(expected: ["0"]),
            ])
        #expect(survey.consistencyRules.map(\.id) == ["age-band", "grid_vs_trust"])
        let rule = try #require(survey.consistencyRules.first)
        #expect(rule.expression.source == "empty({age}) or ({age_band} = '18-34') = ({age} < 35)")
        #expect(
            rule.message
                == LocalizedText(
                    "The stated age falls in the sample's age band.", translations: ["zh": "所述年龄与样本的年龄段一致。"]))
    }

    @Test func bothSyntaxesRoundTripThroughTheWriters() throws {
        let original = try #require(try Fixtures.load("valid/quality.xml").survey)
        let json = SurveyWriter.json(original)
        #expect(json.contains(#""attention-check": {"#) && json.contains(#""consistency-rules": ["#))
        let fromJSON = try RoundTripTests.survey(json, .json)
        #expect(fromJSON == original)
        let xml = SurveyWriter.xml(fromJSON)
        #expect(xml.contains(#"<attention-check row="attn" expect="4 5"/>"#))
        let fromXML = try RoundTripTests.survey(xml, .xml)
        #expect(fromXML == original)
        #expect(SurveyWriter.xml(fromXML) == xml)
        #expect(SurveyWriter.json(fromXML) == json)
        // Without the new elements a survey hashes as before: its canonical JSON has neither key.
        var plain = original
        plain.consistencyRules = []
        for index in plain.sections[0].items.indices {
            guard case .what(var question) = plain.sections[0].items[index] else { continue }
            question.attentionCheck = nil
            plain.sections[0].items[index] = .what(question)
        }
        let plainJSON = SurveyWriter.json(plain)
        #expect(!plainJSON.contains("attention-check") && !plainJSON.contains("consistency-rules"))
    }

    @Test func acceptedAnswersAreSplitAtSpacesAndCommas() throws {
        let survey = try RoundTripTests.survey(
            Self.survey(question: #"<attention-check expect=" 1,2 ,, 3&#9;4 "/>"#), .xml)
        #expect(survey.whatQuestions.first?.attentionCheck == AttentionCheck(expected: ["1", "2", "3", "4"]))
    }

    @Test func sourceMapPointsAtTheNewParts() throws {
        let map = try Fixtures.load("valid/quality.xml").sourceMap
        #expect(map.location("item:grid/attention-check")?.description == "valid/quality.xml:50:7")
        #expect(map.location("item:grid/attention-check@row")?.description == "valid/quality.xml:50:29")
        #expect(map.location("item:grid/attention-check@expect")?.description == "valid/quality.xml:50:43")
        #expect(map.location("consistency:grid_vs_trust@when", offset: 5)?.description == "valid/quality.xml:21:41")
        #expect(map.location("consistency:age-band/message[zh]")?.description == "valid/quality.xml:19:26")
        let json = try Fixtures.load("valid/quality.json").sourceMap
        #expect(json.location("item:grid/attention-check@expect")?.description == "valid/quality.json:42:62")
        #expect(json.contains("consistency:grid_vs_trust/message[zh]"))
    }

    /// A one-question XML survey with `question` inside the single-choice question `q1` (options 1 to 4).
    static func survey(question: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="t" version="1.0.0">
          <title>T</title>
          <section id="s1">
            <what id="q1" type="multiple">
              <text>Pick</text>
              <options>
                <option code="1">One</option><option code="2">Two</option>
                <option code="3">Three</option><option code="4">Four</option>
              </options>
              \(question)
            </what>
          </section>
        </survey>
        """
    }
}
