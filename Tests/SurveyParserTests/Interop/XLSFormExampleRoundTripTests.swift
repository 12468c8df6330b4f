import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// The shipped example surveys (`Surveys/*.xml`) written as XLSForms and read back: every question and probe
/// comes back with its id, kind, text and translations, option codes and requirement, and every condition XLSForm
/// expresses with the same meaning comes back unchanged.
@Suite struct XLSFormExampleRoundTripTests {
    static let examples = [
        "b2b-supplier-needs.xml", "bank-needs.xml", "energy-focus-group.xml", "kano-features.xml",
        "post-purchase-nps.xml", "web-feedback.xml", "web-sections.xml",
    ]

    @Test(arguments: examples) func keepsWhatXLSFormExpresses(_ name: String) throws {
        let trip = try XLSFormRoundTrip(example: name)
        let original = trip.original
        let survey = trip.back.survey
        #expect(survey.id == original.id && survey.version == original.version)
        #expect(survey.title.text == original.title.text)
        #expect(survey.defaultLanguage == original.defaultLanguage && survey.translations == original.translations)
        // A section whose id a question or grid row has is written as the group ID_section (reported).
        let renamed = Set(
            trip.written.report.items.compactMap { item in
                original.sections.first { item.construct == "section \"\($0.id)\"" }?.id
            })
        #expect(
            survey.sections.map(\.id) == original.sections.map { renamed.contains($0.id) ? $0.id + "_section" : $0.id })
        #expect(trip.questionIDs == trip.expectedQuestionIDs)
        let reported = Set(trip.written.report.items.map(\.location))
        for question in original.whatQuestions {
            if case .kano = question.kind { continue }
            let back = try #require(survey.interopQuestion(question.id), "\(question.id)")
            #expect(back.kind.keyword == XLSFormRoundTrip.expectedKeyword(question.kind), "\(question.id)")
            if !question.text.text.contains("{") { #expect(back.text == question.text, "\(question.id)") }
            #expect(back.required == question.required, "\(question.id)")
            #expect(
                survey.options(of: back).map(\.code) == original.options(of: question).map(\.code), "\(question.id)")
            #expect(
                survey.options(of: back).map(\.label) == original.options(of: question).map(\.label), "\(question.id)")
            #expect(
                survey.options(of: back).map(\.other) == original.options(of: question).map(\.other), "\(question.id)")
            guard let when = question.when else {
                #expect(back.when == nil, "\(question.id)")
                continue
            }
            let whenLocation = trip.location("item:\(question.id)@when")
            if reported.contains(whenLocation) {
                #expect(back.when == nil, "\(question.id)")
            } else if !when.source.contains("!=") && !when.source.contains("not in") {
                #expect(back.when == when, "\(question.id)")
            } else {
                #expect(back.when != nil, "\(question.id)")
            }
        }
    }
}
