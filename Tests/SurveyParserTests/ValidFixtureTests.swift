import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

@Suite struct ValidFixtureTests {
    @Test func completeXMLLoadsWithoutDiagnostics() throws {
        let document = try Fixtures.load("valid/complete.xml")
        #expect(document.rendered() == "")
        let survey = try #require(document.survey)
        #expect(survey.whatQuestions.count == 13)
        #expect(survey.whyProbes.count == 2)
        #expect(survey.title.translations["zh"] == "客户需求")
    }
}
