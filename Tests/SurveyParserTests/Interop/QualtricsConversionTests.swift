import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Qualtrics survey exports (`.qsf` fixtures written by `make-qsf.py` from the community descriptions of the
/// format) converted into voc surveys.
@Suite struct QualtricsConversionTests {
    @Test func detectsAQSFByItsTopLevelKeys() throws {
        let data = try Data(contentsOf: InteropFixtures.directory.appendingPathComponent("qualtrics-basic.qsf"))
        #expect(try InteropFormat.detect(data, file: "export.json") == .qualtrics)
    }

    @Test func convertsEachQuestionType() throws {
        let converted = try InteropFixtures.convert("qualtrics-basic.qsf")
        let survey = converted.survey
        #expect(survey.id == "SV_basic01" && survey.title.text == "Question types")
        #expect(survey.sections.map(\.id) == ["Default_Question_Block", "Default_Question_Block_2", "More"])
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "single", "matrix", "numeric", "rating", "ranking", "nps", "text",
            ])
        #expect(survey.interopQuestion("plan")?.text.text == "Which plan are you on?")
        #expect(survey.interopCodes("plan") == ["free", "pro", "team", "other"])
        #expect(survey.whatQuestions.map(\.required).filter { $0 }.count == 1)
        #expect(survey.interopCodes("features") == ["1", "2", "3"])
        #expect(survey.interopCodes("country") == ["de", "fr", "es"])
        guard case .matrix(let rows, let scale)? = survey.interopQuestion("agree")?.kind else {
            Issue.record("agree is not a matrix")
            return
        }
        #expect(rows.map(\.code) == ["1", "2"] && scale.min == 1 && scale.max == 5)
        #expect(scale.labels.first?.text.text == "Strongly disagree")
        #expect(survey.interopQuestion("ease")?.kind == .rating(scale: RatingScale(min: 1, max: 7)))
        guard case .note(let note)? = survey.sections[2].items.first(where: { $0.id == "intro_end" }) else {
            Issue.record("no note intro_end")
            return
        }
        #expect(note.text.text == "Thank you & goodbye.")
        #expect(converted.report.items.isEmpty)
    }

    @Test func keepsLanguageTranslations() throws {
        let converted = try InteropFixtures.convert("qualtrics-translations.qsf")
        let survey = converted.survey
        #expect(survey.defaultLanguage == "en" && survey.translations == ["es", "zh-Hans"])
        let visit = try #require(survey.interopQuestion("visit"))
        #expect(visit.text.translations == ["es": "¿Encontró lo que buscaba?", "zh-Hans": "您找到想要的东西了吗？"])
        #expect(survey.options(of: visit).map { $0.label.translations["zh-Hans"] } == ["是", "否"])
        guard case .matrix(let rows, let scale)? = survey.interopQuestion("staff")?.kind else {
            Issue.record("staff is not a matrix")
            return
        }
        #expect(rows.map { $0.label.translations["es"] } == ["Amabilidad", "Conocimiento"])
        #expect(
            scale.labels.map { $0.text.translations["es"] } == ["Muy insatisfecho", nil, nil, nil, "Muy satisfecho"])
        #expect(converted.report.items.isEmpty)
    }

    @Test func translatesDisplayLogicAndBranches() throws {
        let converted = try InteropFixtures.convert("qualtrics-logic.qsf")
        let survey = converted.survey
        #expect(survey.interopQuestion("km")?.when?.description == "{mode} = 'car' or {mode} = 'bus'")
        #expect(survey.interopQuestion("problems")?.when?.description == "not {mode} = 'bike'")
        #expect(
            survey.interopQuestion("cost_note")?.when?.description == "contains({problems}, '3') or {km} > 20")
        #expect(survey.interopQuestion("panel")?.when == nil)
        #expect(survey.sections.map(\.id) == ["Travel", "Drivers"])
        #expect(survey.sections[1].when?.description == "{mode} = 'car'")
        #expect(
            converted.report.text == """
                qualtrics-logic.qsf:SurveyElements[7].Payload.DisplayLogic: display logic: not translated (a condition of type EmbeddedField); the question is always asked
                converted qualtrics-logic.qsf (Qualtrics): 1 report item

                """)
    }

    @Test func reportsEveryConstructNotCarriedOver() throws {
        let converted = try InteropFixtures.convert("qualtrics-unsupported.qsf")
        let survey = converted.survey
        #expect(survey.interopQuestion("Q_1")?.text.text == "Hello [e://Field/first_name], which brand do you use?")
        #expect(survey.interopQuestion("budget")?.kind.keyword == "text")
        #expect(
            converted.report.text == """
                qualtrics-unsupported.qsf:SurveyElements[1].Payload.Flow[0]: embedded data: dropped
                qualtrics-unsupported.qsf:SurveyElements[1].Payload.Flow[1]: block randomizer: not supported; its blocks are shown in file order
                qualtrics-unsupported.qsf:SurveyElements[3].Payload: name "Q 1": renamed to "Q_1" (voc ids take ASCII letters, digits, _ and - and start with a letter or _)
                qualtrics-unsupported.qsf:SurveyElements[3].Payload.QuestionText: ${e://Field/first_name} in a text: not an earlier question; kept as the plain text [e://Field/first_name]
                qualtrics-unsupported.qsf:SurveyElements[3].Payload.SkipLogic: skip logic ("Q_1"): not translated; the survey goes on to the next question
                qualtrics-unsupported.qsf:SurveyElements[3].Payload.Randomization: choice randomization All ("Q_1"): not carried over; the choices keep their file order
                qualtrics-unsupported.qsf:SurveyElements[4].Payload: question type Timing ("time_page"): dropped (it records no answer)
                qualtrics-unsupported.qsf:SurveyElements[5].Payload: question type CS ("budget"): not a voc question type; kept as a text question
                qualtrics-unsupported.qsf:SurveyElements[6].Payload: TE selector FORM ("contact"): kept as one text question
                qualtrics-unsupported.qsf:SurveyElements[7].Payload: text question "why_us": kept as a text question (it asks why, but is not conditional on the rating or choice just before it only)
                qualtrics-unsupported.qsf:SurveyElements[8].Payload: question type HeatMap ("heat"): not a voc question type; kept as a text question
                qualtrics-unsupported.qsf:SurveyElements[8].Payload.Validation.Settings: validation CustomValidation ("heat"): not carried over; answers are not checked
                qualtrics-unsupported.qsf:SurveyElements[1].Payload.Flow[2]: flow element EndSurvey: dropped
                qualtrics-unsupported.qsf:SurveyElements[0].Payload.1: block "Spare": not in the survey flow; its 1 question dropped
                qualtrics-unsupported.qsf:SurveyElements[0].Payload.2: trash block: not in the survey flow; its 1 question dropped
                converted qualtrics-unsupported.qsf (Qualtrics): 15 report items

                """)
    }

    @Test func readsArrayPayloadsWithoutAFlowAndPlainTextFromHTML() throws {
        let converted = try InteropFixtures.convert("qualtrics-array-payloads.qsf")
        let survey = converted.survey
        #expect(survey.sections.map(\.id) == ["First", "Second"])
        guard case .note(let intro)? = survey.sections[0].items.first else {
            Issue.record("the first item is not a note")
            return
        }
        #expect(intro.text.text == "Caf&eacute; & bar survey")
        #expect(survey.interopQuestion("visits")?.kind.keyword == "text")
        #expect(survey.interopQuestion("rating")?.text.text == "Rate us \u{2013} honestly.")
        #expect(
            survey.interopQuestion("rating")?.kind
                == .matrix(
                    rows: [ChoiceOption(code: "1", label: "Food"), ChoiceOption(code: "2", label: "Drinks")],
                    scale: RatingScale(min: 1, max: 5)))
        #expect(
            converted.report.text == """
                qualtrics-array-payloads.qsf:SurveyElements[3].Payload: MC question "visits" without choices: kept as a text question
                converted qualtrics-array-payloads.qsf (Qualtrics): 1 report item

                """)
    }

    @Test func refusesBadExportsWithLocatedErrors() throws {
        #expect(
            try InteropFixtures.error("qualtrics-missing-block.qsf").description
                == "qualtrics-missing-block.qsf:SurveyElements[1].Payload.Flow[1]: error: the survey flow names the block \"BL_9\", which the survey does not have"
        )
        #expect(
            try InteropFixtures.error("qualtrics-unknown-question.qsf").description
                == "qualtrics-unknown-question.qsf:SurveyElements[0].Payload.0.BlockElements[1]: error: the block \"Main\" names the question \"QID7\", which the survey does not have"
        )
        #expect(
            try InteropFixtures.error("qualtrics-no-type.qsf").description
                == "qualtrics-no-type.qsf:SurveyElements[3].Payload: error: a question without a QuestionType")
    }
}
