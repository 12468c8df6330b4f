import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// LimeSurvey survey structures (`.lss` fixtures written by `make-lss.py` in both layouts, from LimeSurvey's
/// exporter and manual) converted into voc surveys.
@Suite struct LimeSurveyConversionTests {
    @Test func detectsAnLSSByItsDocType() throws {
        let data = try Data(contentsOf: InteropFixtures.directory.appendingPathComponent("limesurvey-basic.lss"))
        #expect(try InteropFormat.detect(data, file: "export.xml") == .limeSurvey)
    }

    @Test func convertsEachQuestionType() throws {
        let converted = try InteropFixtures.convert("limesurvey-basic.lss")
        let survey = converted.survey
        #expect(survey.id == "limesurvey_111111" && survey.title.text == "Question types")
        #expect(survey.sections.map(\.id) == ["G1", "G2"])
        #expect(survey.sections.map { $0.title?.text } == ["About you", "Details"])
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "single", "rating", "single", "matrix", "matrix", "numeric", "text", "text",
                "date", "ranking", "matrix",
            ])
        #expect(survey.interopQuestion("plan")?.text.text == "Which plan are you on?")
        #expect(survey.interopCodes("plan") == ["A1", "A2", "-oth-"])
        #expect(survey.interopCodes("features") == ["SQ001", "SQ002"])
        #expect(survey.interopCodes("renew") == ["Y", "N"])
        #expect(survey.interopQuestion("ease")?.kind == .rating(scale: RatingScale(min: 1, max: 5)))
        guard case .matrix(let rows, let scale)? = survey.interopQuestion("sat")?.kind else {
            Issue.record("sat is not a matrix")
            return
        }
        #expect(rows.map(\.code) == ["speed", "support"] && scale.min == 1 && scale.max == 3)
        #expect(scale.labels.map(\.text.text) == ["Unhappy", "Neutral", "Happy"])
        #expect(survey.whatQuestions.map(\.required).filter { $0 }.count == 1)
        #expect(survey.sections[1].items.last?.id == "ten")
        #expect(converted.report.items.isEmpty)
    }

    @Test func readsTheOldLayoutAsTheNewOne() throws {
        let new = try InteropFixtures.convert("limesurvey-basic.lss").survey
        let old = try InteropFixtures.convert("limesurvey-basic-old.lss").survey
        #expect(old == new)
    }

    @Test func translatesRelevanceEquations() throws {
        let converted = try InteropFixtures.convert("limesurvey-logic.lss")
        let survey = converted.survey
        #expect(survey.interopQuestion("km")?.when?.description == "{mode} = 'car' or {mode} = 'bus'")
        #expect(survey.interopQuestion("problems")?.when?.description == "not empty({mode})")
        #expect(survey.interopQuestion("cost_note")?.when?.description == "contains({problems}, 'cost') and {km} > 10")
        #expect(survey.sections[1].when?.description == "{mode} = 'car'")
        #expect(survey.interopQuestion("age_note")?.when == nil)
        #expect(
            converted.report.text == """
                limesurvey-logic.lss:194: relevance "strlen(km) > 1": not translated (the function strlen()); the question is always asked
                converted limesurvey-logic.lss (LimeSurvey): 1 report item

                """)
    }

    @Test func reportsEveryConstructNotCarriedOver() throws {
        let converted = try InteropFixtures.convert("limesurvey-unsupported.lss")
        #expect(converted.survey.interopQuestion("hours")?.kind.keyword == "text")
        #expect(
            converted.report.text == """
                limesurvey-unsupported.lss:110: soft mandatory "brand": the question is optional
                limesurvey-unsupported.lss:110: list with comment "brand": the comment is dropped
                limesurvey-unsupported.lss:124: question type K ("hours"): not a voc question type; kept as a text question
                limesurvey-unsupported.lss:138: equation "score": dropped
                limesurvey-unsupported.lss:152: question type | ("photo"): not a voc question type; kept as a text question
                limesurvey-unsupported.lss:166: text question "why_us": kept as a text question (it asks why, but is not conditional on the rating or choice just before it only)
                limesurvey-unsupported.lss:180: multiple choice with comments "uses": the comments are dropped
                limesurvey-unsupported.lss:397: question attribute random_order of "brand": not carried over
                limesurvey-unsupported.lss:409: question attribute other_replace_text of "brand": not carried over
                converted limesurvey-unsupported.lss (LimeSurvey): 9 report items

                """)
    }

    @Test func refusesAQuestionInAnUnknownGroup() throws {
        #expect(
            try InteropFixtures.error("limesurvey-unknown-group.lss").description
                == "limesurvey-unknown-group.lss:60: error: the question \"q1\" refers to the group 7, which the survey does not have"
        )
    }
}
