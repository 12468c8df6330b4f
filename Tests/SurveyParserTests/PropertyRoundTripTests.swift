import SurveyModel
import Testing

@testable import SurveyParser

/// Property: for random valid surveys, XML → model → JSON → model → XML is lossless (model equality), and the
/// writers are stable (writing a re-read survey gives the same text).
@Suite struct PropertyRoundTripTests {
    @Test(arguments: 0..<120)
    func xmlToJSONToXMLIsLossless(seed: Int) throws {
        var generator = RandomSurveyGenerator(seed: UInt64(seed) &* 7_919 &+ 13)
        let generated = generator.survey()
        let xml = SurveyWriter.xml(generated)
        let fromXML = try RoundTripTests.survey(xml, .xml, path: "generated-\(seed)")
        #expect(fromXML == generated)
        let json = SurveyWriter.json(fromXML)
        let fromJSON = try RoundTripTests.survey(json, .json, path: "generated-\(seed)")
        #expect(fromJSON == fromXML)
        let xmlAgain = SurveyWriter.xml(fromJSON)
        #expect(xmlAgain == xml)
        #expect(try RoundTripTests.survey(xmlAgain, .xml, path: "generated-\(seed)-again") == fromXML)
        #expect(SurveyHash.sha256(fromJSON) == SurveyHash.sha256(generated))
    }

    @Test func generatedSurveysCoverEveryKind() {
        var keywords = Set<String>()
        var probes = 0
        var rotatingSections = 0
        var attentionChecks: Set<String> = []
        var consistencyRules = 0
        for seed in 0..<120 {
            var generator = RandomSurveyGenerator(seed: UInt64(seed) &* 7_919 &+ 13)
            let survey = generator.survey()
            keywords.formUnion(survey.whatQuestions.map(\.kind.keyword))
            probes += survey.whyProbes.count
            rotatingSections += survey.sections.filter(\.rotate).count
            attentionChecks.formUnion(survey.whatQuestions.filter { $0.attentionCheck != nil }.map(\.kind.keyword))
            consistencyRules += survey.consistencyRules.count
        }
        #expect(keywords.count == 12)
        #expect(probes > 0)
        #expect(rotatingSections > 0)
        // Every kind that takes an attention check gets one somewhere.
        #expect(attentionChecks == ["single", "multiple", "rating", "nps", "numeric", "date", "matrix", "importance"])
        #expect(consistencyRules > 0)
    }
}
