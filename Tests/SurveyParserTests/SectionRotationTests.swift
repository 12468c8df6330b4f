import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// `rotate` on sections: read from both syntaxes, written only when true, round-tripped, and warned about when
/// exactly one section carries it.
@Suite struct SectionRotationTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="t" version="1.0.0">
          <title>Test</title>
          <section id="screener"><what id="nps" type="nps"><text>How likely?</text></what></section>
          <section id="brand" rotate="true"><note id="n1"><text>Brand</text></note></section>
          <section id="price" rotate="1" randomize="true"><note id="n2"><text>Price</text></note></section>
          <section id="end" rotate="false"><note id="n3"><text>Thanks</text></note></section>
        </survey>
        """

    static let json = """
        {"id": "t", "version": "1.0.0", "title": "Test", "sections": [
          {"id": "screener", "items": [{"what": {"id": "nps", "type": "nps", "text": "How likely?"}}]},
          {"id": "brand", "rotate": true, "items": [{"note": {"id": "n1", "text": "Brand"}}]},
          {"id": "price", "randomize": true, "rotate": true, "items": [{"note": {"id": "n2", "text": "Price"}}]},
          {"id": "end", "rotate": false, "items": [{"note": {"id": "n3", "text": "Thanks"}}]}
        ]}
        """

    @Test func bothSyntaxesReadRotateIntoTheSameModel() throws {
        let document = SurveyLoader.load(text: Self.xml, path: "rotate.xml", format: .xml)
        #expect(document.rendered() == "")
        let survey = try #require(document.survey)
        #expect(survey.sections.map(\.rotate) == [false, true, true, false])
        let fromJSON = try RoundTripTests.survey(Self.json, .json)
        #expect(fromJSON == survey)
    }

    @Test func writersEmitRotateOnlyWhenTrueAndRoundTrip() throws {
        let survey = try RoundTripTests.survey(Self.xml, .xml)
        let xml = SurveyWriter.xml(survey)
        #expect(xml.components(separatedBy: #"rotate="true""#).count - 1 == 2)
        #expect(!xml.contains(#"rotate="false""#))
        let json = SurveyWriter.json(survey)
        #expect(json.components(separatedBy: #""rotate": true"#).count - 1 == 2)
        #expect(!json.contains(#""rotate": false"#))
        #expect(try RoundTripTests.survey(xml, .xml) == survey)
        #expect(try RoundTripTests.survey(json, .json) == survey)
    }

    @Test func unmarkedSurveysAreWrittenAsBefore() throws {
        var survey = try RoundTripTests.survey(Self.xml, .xml)
        for index in survey.sections.indices { survey.sections[index].rotate = false }
        #expect(!SurveyWriter.xml(survey).contains("rotate"))
        #expect(!SurveyWriter.json(survey).contains("rotate"))
    }

    @Test func twoOrMoreRotatingSectionsDrawNoWarning() throws {
        let document = SurveyLoader.load(text: Self.json, path: "rotate.json", format: .json)
        #expect(document.diagnostics.isEmpty, "\(document.rendered())")
    }

    @Test func singleRotatingSectionWarnsTheSameInBothSyntaxes() throws {
        let xml = try Fixtures.load("invalid/warnings-rotate.xml").diagnostics.map { $0.code + ": " + $0.message }
        let json = try Fixtures.load("invalid/warnings-rotate.json").diagnostics.map { $0.code + ": " + $0.message }
        #expect(xml == json)
        #expect(xml.count == 1)
        #expect(xml.first?.hasPrefix("no-effect: section 'brand' is the only section marked rotate") == true)
    }

    @Test func badRotateValuesAreErrors() {
        let xml = Self.xml.replacingOccurrences(of: #"rotate="true""#, with: #"rotate="yes""#)
        #expect(SurveyLoader.load(text: xml, path: "bad.xml", format: .xml).hasErrors)
        let json = Self.json.replacingOccurrences(of: #""rotate": true"#, with: #""rotate": "yes""#)
        let document = SurveyLoader.load(text: json, path: "bad.json", format: .json)
        #expect(document.hasErrors)
        #expect(document.rendered().contains("rotate"), "\(document.rendered())")
    }
}
