import Foundation
import SurveyModel
import SurveyTestSupport
import Testing

@testable import SurveyParser

/// The generated XLSForm of `voc-bench convert-xlsform`, written by `XLSXWriter`, converts
/// completely: every question, group, translation and condition.
@Suite struct GeneratedXLSFormTests {
    @Test func convertsAGeneratedFormWrittenWithSharedStrings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("generated.xlsx")
        try XLSXWriter.write(GeneratedXLSForm.sheets(questions: 45, seed: 7), to: url)
        let converted = try SurveyConverter.convert(try Data(contentsOf: url), file: "generated.xlsx")
        let survey = converted.survey
        #expect(converted.report.items.isEmpty)
        #expect(survey.id == "generated" && survey.translations == ["fr"])
        #expect(survey.sections.map(\.id) == ["g0", "g1", "g2"])
        #expect(survey.whatQuestions.count == 45)
        #expect(survey.whatQuestions[1].text == LocalizedText("Question 2", translations: ["fr": "Question 2 (fr)"]))
        #expect(survey.whatQuestions.dropFirst().prefix(19).allSatisfy { $0.when != nil })
        #expect(survey.whatQuestions[20].when == nil)
    }
}
