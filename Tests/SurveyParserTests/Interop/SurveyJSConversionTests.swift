import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// SurveyJS definitions (fixtures written from the SurveyJS documentation) converted into voc surveys.
@Suite struct SurveyJSConversionTests {
    @Test func convertsEachQuestionType() throws {
        let converted = try InteropFixtures.convert("surveyjs-basic.json")
        let survey = converted.survey
        #expect(survey.id == "surveyjs-basic")
        #expect(survey.sections.map(\.id) == ["usage", "opinion"])
        #expect(survey.sections.map { $0.title?.text } == ["Your usage", nil])
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "single", "single", "rating", "numeric", "date", "text", "ranking",
            ])
        #expect(survey.interopCodes("plan") == ["free", "pro", "team", "other"])
        #expect(survey.options(of: try #require(survey.interopQuestion("plan"))).last?.other == true)
        #expect(survey.interopCodes("features") == ["Reports", "Export", "API", "none"])
        #expect(survey.options(of: try #require(survey.interopQuestion("features"))).last?.exclusive == true)
        #expect(survey.interopCodes("seats") == ["1", "5", "10"])
        #expect(survey.interopCodes("renew") == ["true", "false"])
        #expect(survey.options(of: try #require(survey.interopQuestion("renew"))).first?.label.text == "Yes, renew")
        #expect(
            survey.interopQuestion("ease")?.kind
                == .rating(
                    scale: RatingScale(
                        min: 1, max: 7,
                        labels: [ScaleLabel(value: 1, text: "Very hard"), ScaleLabel(value: 7, text: "Very easy")])))
        #expect(survey.interopQuestion("hours")?.kind == .numeric(integer: false, min: 0, max: 168, unit: nil))
        guard case .multipleChoice(_, _, let max)? = survey.interopQuestion("features")?.kind else {
            Issue.record("features is not multiple choice")
            return
        }
        #expect(max == 2)
        #expect(survey.whatQuestions.map(\.required) == [true, false, false, false, false, false, false, false, false])
        #expect(converted.report.items.isEmpty)
    }

    @Test func translatesVisibleIfExpressions() throws {
        let converted = try InteropFixtures.convert("surveyjs-logic.json")
        let survey = converted.survey
        #expect(survey.interopQuestion("km")?.when?.description == "{mode} = 'car' or {mode} = 'bus'")
        #expect(
            survey.interopQuestion("cost_rating")?.when?.description == "contains({problems}, 'cost') and {km} > 10")
        #expect(survey.interopQuestion("notes")?.when?.description == "notempty({problems})")
        #expect(survey.interopQuestion("other_notes")?.when?.description == "{problems} in ['delays', 'crowding']")
        #expect(survey.interopQuestion("age_check")?.when == nil)
        #expect(survey.interopQuestion("helmet")?.when?.description == "{mode} = 'bike'")
        #expect(survey.interopQuestion("helmet_brand")?.when?.description == "{mode} = 'bike' and {helmet} = 'true'")
        #expect(survey.sections[0].items.map(\.id).contains("bike_panel"))
        #expect(
            converted.report.text == """
                surveyjs-logic.json:pages[0].elements[6].visibleIf: "age({birthdate}) > 18": not translated (a reference to "birthdate", which is not an earlier question); the question is always asked
                converted surveyjs-logic.json (SurveyJS): 1 report item

                """)
    }

    @Test func keepsLocalizedStringsAndMakesNPSWithAWhyProbe() throws {
        let converted = try InteropFixtures.convert("surveyjs-localized.json")
        let survey = converted.survey
        #expect(survey.defaultLanguage == "en")
        #expect(survey.translations == ["de", "fr"])
        #expect(
            survey.title
                == LocalizedText("Hotel stay", translations: ["de": "Hotelaufenthalt", "fr": "Séjour à l'hôtel"]))
        let purpose = try #require(survey.interopQuestion("purpose"))
        #expect(purpose.text.translations == ["de": "Warum sind Sie gereist?", "fr": "Pourquoi avez-vous voyagé ?"])
        #expect(survey.options(of: purpose).map { $0.label.translations["de"] } == ["Arbeit", "Freizeit"])
        #expect(
            survey.interopQuestion("recommend")?.kind
                == .nps(
                    labels: NPSLabels(
                        low: LocalizedText("Not likely", translations: ["de": "Unwahrscheinlich"]),
                        high: LocalizedText("Very likely", translations: ["de": "Sehr wahrscheinlich"]))))
        let probe = try #require(survey.whyProbes.first)
        #expect(probe.id == "recommend_reason" && probe.about == "recommend")
        #expect(probe.text.text == "What is the main reason for your score of {recommend}?")
        #expect(probe.when?.description == "{recommend} <= 6")
    }

    @Test func reportsMatricesAndUnsupportedElements() throws {
        let converted = try InteropFixtures.convert("surveyjs-unsupported.json")
        let survey = converted.survey
        guard case .matrix(let rows, let scale)? = survey.interopQuestion("quality")?.kind else {
            Issue.record("quality is not a matrix")
            return
        }
        #expect(rows.map(\.code) == ["speed", "care"])
        #expect(scale.min == 1 && scale.max == 3 && scale.labels.map(\.text.text) == ["Poor", "Fair", "Good"])
        #expect(survey.interopCodes("brands_price") == ["acme", "globex"])
        #expect(survey.interopQuestion("devices_phone_own")?.kind.keyword == "single")
        #expect(survey.interopQuestion("devices_laptop_model")?.kind.keyword == "text")
        #expect(survey.interopQuestion("country")?.kind.keyword == "text")
        #expect(
            converted.report.text == """
                surveyjs-unsupported.json:triggers: survey property triggers: dropped
                surveyjs-unsupported.json:pages[0].elements[1].columns: matrix "brands" with columns that are not a numeric scale: converted to 2 single-choice questions, one per row
                surveyjs-unsupported.json:pages[0].elements[2]: matrixdropdown "devices": converted to 4 questions, one per row and column; cell types other than dropdown and text, and column totals, are lost
                surveyjs-unsupported.json:pages[1].elements[0]: html element "info": kept as a note
                surveyjs-unsupported.json:pages[1].elements[1]: question type "signaturepad" ("sign"): not a voc question type; kept as a text question
                surveyjs-unsupported.json:pages[1].elements[2].startWithNewLine: property startWithNewLine: dropped
                surveyjs-unsupported.json:pages[1].elements[2].inputType: inputType "email": kept as a text question
                surveyjs-unsupported.json:pages[1].elements[3]: name "q.1": renamed to "q_1" (voc ids take ASCII letters, digits, _ and - and start with a letter or _)
                surveyjs-unsupported.json:pages[1].elements[4]: text question "why_us": kept as a text question (it asks why, but is not conditional on the rating or choice just before it only)
                surveyjs-unsupported.json:pages[1].elements[5].choicesByUrl: property choicesByUrl: dropped
                surveyjs-unsupported.json:pages[1].elements[5]: dropdown "country" without choices in the file: kept as a text question (choicesByUrl and choicesFromQuestion are not read)
                converted surveyjs-unsupported.json (SurveyJS): 11 report items

                """)
    }

    @Test func refusesAQuestionWithoutANameWithItsPath() throws {
        #expect(
            try InteropFixtures.error("surveyjs-no-name.json").description
                == "surveyjs-no-name.json:pages[0].elements[1]: error: a radiogroup question without a name")
    }
}
