import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Survey files made from templates get their survey id from the file name.
@Suite struct SurveyTemplateTests {
    @Test(arguments: [
        ("my-nps.xml", "my-nps"),
        ("/tmp/out/store_nps.v2.json", "store_nps.v2"),
        ("surveys/My NPS (2025).xml", "My-NPS-2025"),
        ("2025-nps.xml", "survey-2025-nps"),
        ("_draft.xml", "survey-_draft"),
        ("客户-nps.json", "nps"),
        ("调查.xml", "survey"),
        ("noextension", "noextension"),
        (".xml", "survey"),
    ])
    func surveyIDFollowsTheIDGrammar(path: String, expected: String) {
        #expect(SurveyTemplate.surveyID(forPath: path) == expected)
    }

    static let template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- A template; <survey id="not-this"> in a comment is skipped. -->
        <survey xmlns="https://voc.dev/schema/survey/1"
                version="1.0.0" id='nps' lang="en">
          <title>NPS</title>
          <section id="s1"><what id="nps" type="nps"><text>How likely?</text></what></section>
        </survey>
        """

    @Test func xmlKeepsTheTemplateExceptForTheID() throws {
        let text = try SurveyTemplate.instantiate(Self.template, name: "nps", id: "store-nps", format: .xml)
        #expect(text == Self.template.replacingOccurrences(of: "id='nps'", with: "id='store-nps'"))
        let survey = try #require(SurveyLoader.load(text: text, path: "out.xml", format: .xml).survey)
        #expect(survey.id == "store-nps")
    }

    @Test func jsonIsTheModelWithTheNewID() throws {
        let text = try SurveyTemplate.instantiate(Self.template, name: "nps", id: "web-nps", format: .json)
        let survey = try #require(SurveyLoader.load(text: text, path: "out.json", format: .json).survey)
        var expected = try #require(SurveyLoader.load(text: Self.template, path: "t.xml", format: .xml).survey)
        expected.id = "web-nps"
        #expect(survey == expected)
    }

    @Test func invalidIDOrTemplateFails() {
        #expect(throws: SurveyTemplate.Failure.self) {
            try SurveyTemplate.instantiate(Self.template, name: "nps", id: "no spaces", format: .xml)
        }
        #expect(throws: SurveyTemplate.Failure.self) {
            try SurveyTemplate.instantiate("<survey", name: "broken", id: "x", format: .json)
        }
    }
}
